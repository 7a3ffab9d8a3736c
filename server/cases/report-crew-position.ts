/** A rescue crew reports its own vessel's position: stored like an AIS report, shown on every console. */
import type { CrewPositionInput, VesselPosition } from '../../shared/domain/vessel';
import type { Deps } from '../deps';
import { ConflictError, InvalidError } from '../../shared/backend/errors';

/** Clocks on board drift; a report further ahead than this is refused rather than stored. */
const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

/** Stores and broadcasts the position; refuses one from the future or older than what is stored. */
export async function reportCrewPosition(
  deps: Deps,
  mmsi: string,
  input: CrewPositionInput,
  now = Date.now(),
): Promise<VesselPosition> {
  const at = input.at === undefined ? now : Date.parse(input.at);
  if (at > now + MAX_CLOCK_AHEAD_MS)
    throw new InvalidError('invalid_body', 'at: the position is dated in the future; check the clock on board');
  const position: VesselPosition = {
    mmsi,
    name: null,
    lat: input.lat,
    lon: input.lon,
    speed: input.speed ?? null,
    course: input.course ?? null,
    heading: input.heading ?? null,
    // Crews are rescue crews: their vessel is a rescue asset whether or not RESCUE_MMSIS lists it.
    source: 'crew',
    kind: 'rescue',
    at: new Date(at).toISOString(),
  };
  const [stored] = await deps.store.vessels.putPositions([position]);
  if (!stored) throw new ConflictError('stale_position', 'a newer position of this vessel is already known');
  deps.broadcast.vessels([stored]);
  deps.log.info({ component: 'vessels', mmsi, source: 'crew' }, 'crew position stored');
  return stored;
}
