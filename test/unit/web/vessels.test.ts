import type { VesselPosition } from '../../../shared/domain/vessel';
import { LIVE_WINDOW_MS, notOlder, VesselStore, type VesselChange } from '../../../web/src/state/vessels';

const T0 = Date.parse('2026-05-01T10:00:00.000Z');
const at = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();

function pos(mmsi: string, offsetMs: number, extra: Partial<VesselPosition> = {}): VesselPosition {
  return {
    mmsi,
    name: null,
    lat: 35,
    lon: 14,
    speed: 10,
    course: 90,
    heading: 90,
    source: 'ais',
    kind: 'vessel',
    at: at(offsetMs),
    ...extra,
  };
}

/** A store with a listener that records every change after the first (subscribe's own reset). */
function watched(): { store: VesselStore; changes: VesselChange[] } {
  const store = new VesselStore();
  const changes: VesselChange[] = [];
  let first = true;
  store.subscribe((_all, change) => {
    if (first) first = false;
    else changes.push(change);
  });
  return { store, changes };
}

describe('the live vessel store', () => {
  test('applies new reports and tells listeners exactly which vessels changed', () => {
    const { store, changes } = watched();
    store.applyBatch([pos('1', 0), pos('2', 0)]);
    store.applyBatch([pos('1', 5_000, { lat: 35.1 })]);
    expect(store.get().get('1')?.lat).toBe(35.1);
    expect(store.get().get('2')?.lat).toBe(35);
    expect(changes.map((c) => c.changed.map((v) => v.mmsi))).toEqual([['1', '2'], ['1']]);
    expect(changes.every((c) => !c.reset && c.removed.length === 0)).toBe(true);
  });

  test('ignores a report older than the one held, and says nothing when a whole batch is old', () => {
    const { store, changes } = watched();
    store.applyBatch([pos('1', 10_000, { lat: 36 })]);
    const change = store.applyBatch([pos('1', 5_000, { lat: 30 })]);
    expect(store.get().get('1')?.lat).toBe(36);
    expect(change.changed).toEqual([]);
    expect(changes).toHaveLength(1);
  });

  test('applies a report of the same time: the server sends one again when it learns the name', () => {
    const { store } = watched();
    store.applyBatch([pos('1', 0)]);
    store.applyBatch([pos('1', 0, { name: 'ALAN KURDI' })]);
    expect(store.get().get('1')?.name).toBe('ALAN KURDI');
  });

  test('merges in place: the map is the same object after a batch (no copy of 20,000 entries)', () => {
    const { store } = watched();
    const before = store.get();
    store.applyBatch(Array.from({ length: 100 }, (_, i) => pos(String(i), 0)));
    expect(store.get()).toBe(before);
    expect(store.get().size).toBe(100);
  });

  test('replaceAll drops vessels the list lacks (they left the live view) but keeps a newer held report', () => {
    const { store, changes } = watched();
    store.applyBatch([pos('1', 20_000, { lat: 37 }), pos('2', 0)]);
    store.replaceAll([pos('1', 10_000, { lat: 30 }), pos('3', 0)]);
    expect([...store.get().keys()].sort()).toEqual(['1', '3']);
    expect(store.get().get('1')?.lat).toBe(37);
    expect(changes.at(-1)?.reset).toBe(true);
  });

  test('prune removes vessels silent for longer than the live window and reports them', () => {
    const { store, changes } = watched();
    store.applyBatch([pos('old', -LIVE_WINDOW_MS - 1_000), pos('fresh', -60_000)]);
    expect(store.prune(T0)).toEqual(['old']);
    expect([...store.get().keys()]).toEqual(['fresh']);
    expect(changes.at(-1)).toEqual({ changed: [], removed: ['old'], reset: false });
    expect(store.prune(T0)).toEqual([]);
    expect(changes).toHaveLength(2);
  });

  test('compares report times as instants, whatever their offset', () => {
    expect(notOlder('2026-05-01T10:00:01.000Z', '2026-05-01T10:00:00.000Z')).toBe(true);
    expect(notOlder('2026-05-01T10:00:00.000Z', '2026-05-01T10:00:00.000Z')).toBe(true);
    expect(notOlder('2026-05-01T09:59:59.000Z', '2026-05-01T10:00:00.000Z')).toBe(false);
    expect(notOlder('2026-05-01T12:00:01+02:00', '2026-05-01T10:00:00.000Z')).toBe(true);
    expect(notOlder('2026-05-01T11:59:59+02:00', '2026-05-01T10:00:00.000Z')).toBe(false);
  });
});
