import { followSelectedTrack, type TrackHost } from '../../../web/src/map/vessel-track';
import type { TrackPoint } from '../../../web/src/map/vessel-layer';

/** A vessel layer reduced to what the track follows: the selection and the drawn track. */
function fakeLayer() {
  let listener: (mmsi: string | null) => void = () => undefined;
  const host: TrackHost & { drawn: readonly TrackPoint[][]; select(mmsi: string | null): void } = {
    drawn: [],
    onSelect(l) {
      listener = l;
      return () => (listener = () => undefined);
    },
    drawTrack(points) {
      (host.drawn as TrackPoint[][]).push([...points]);
    },
    select: (mmsi) => listener(mmsi),
  };
  return host;
}

const point = (lat: number): TrackPoint => ({ lat, lon: 12, at: '2026-05-01T10:00:00.000Z' });
const flush = () => new Promise((r) => setImmediate(r));

describe("the selected vessel's track", () => {
  test('is cleared at once on a new selection and drawn when its track arrives', async () => {
    const layer = fakeLayer();
    const stop = followSelectedTrack(layer, async (mmsi) => [point(mmsi === 'A' ? 1 : 2)]);
    layer.select('A');
    expect(layer.drawn).toEqual([[]]);
    await flush();
    expect(layer.drawn.at(-1)).toEqual([point(1)]);
    layer.select(null);
    expect(layer.drawn.at(-1)).toEqual([]);
    stop();
  });

  test("a slow answer for a vessel no longer selected never draws over the new one's", async () => {
    const layer = fakeLayer();
    const pending = new Map<string, (p: TrackPoint[]) => void>();
    const stop = followSelectedTrack(layer, (mmsi) => new Promise((resolve) => pending.set(mmsi, resolve)));
    layer.select('A');
    layer.select('B');
    pending.get('B')!([point(2)]);
    pending.get('A')!([point(1)]);
    await flush();
    expect(layer.drawn.at(-1)).toEqual([point(2)]);
    stop();
  });

  test('a failed read leaves no track and throws nothing', async () => {
    const layer = fakeLayer();
    const stop = followSelectedTrack(layer, () => Promise.reject(new Error('offline')));
    layer.select('A');
    await flush();
    expect(layer.drawn).toEqual([[]]);
    stop();
  });
});
