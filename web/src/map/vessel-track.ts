import { getTrack } from '../api/vessels';
import type { TrackPoint } from './vessel-layer';

/** A selected vessel's track is read again this often: it grows by a point every 30 s or so. */
const REFRESH_MS = 30_000;

/** What the track needs of the vessel layer. */
export interface TrackHost {
  onSelect(listener: (mmsi: string | null) => void): () => void;
  drawTrack(points: readonly TrackPoint[]): void;
}

/**
 * Draws the track of whichever vessel is selected (GET /api/vessels/:mmsi/track), cleared at once
 * when the selection changes so that another vessel's track is never shown for it, and read again
 * while it stays selected. `load` is the API call (a parameter for tests). Returns the stop function.
 */
export function followSelectedTrack(
  layer: TrackHost,
  load: (mmsi: string) => Promise<readonly TrackPoint[]> = getTrack,
): () => void {
  let current: string | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const fetchTrack = (mmsi: string) => {
    load(mmsi)
      .then((points) => {
        if (current === mmsi) layer.drawTrack(points);
      })
      // A track is a help, not a fact the operator relies on: a failed read leaves it as it was.
      .catch(() => undefined);
  };
  const unsubscribe = layer.onSelect((mmsi) => {
    current = mmsi;
    clearInterval(timer);
    layer.drawTrack([]);
    if (!mmsi) return;
    fetchTrack(mmsi);
    timer = setInterval(() => fetchTrack(mmsi), REFRESH_MS);
  });
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
