import type { Harbour } from '../../shared/domain/harbour';
import { greatCircleNm } from '../../shared/geo/distance';

/** What matching needs to know about a case. */
export interface MatchNeeds {
  lat: number;
  lon: number;
  personsOnBoard: number | null;
  medical: number | null;
}

/** A harbour that could take the boat, with why it ranks where it does. */
export interface Candidate {
  harbour: Harbour;
  distanceNm: number;
}

/**
 * Rank harbours for a docking request, nearest first. Only willing ports qualify (reception
 * cities receive people after disembarkation, they cannot be docked at); a port must have room
 * for everyone on board, and medical cases go to ports with medical facilities. Pure: no I/O.
 */
export function rankHarbours(
  harbours: Harbour[],
  needs: MatchNeeds,
  exclude: ReadonlySet<string> = new Set(),
): Candidate[] {
  const pob = needs.personsOnBoard ?? 1;
  return harbours
    .filter((h) => h.kind === 'port' && h.willing && !exclude.has(h.id))
    .filter((h) => h.capacity >= pob)
    .filter((h) => !(needs.medical && needs.medical > 0) || h.medical)
    .map((harbour) => ({ harbour, distanceNm: greatCircleNm(needs, harbour) }))
    .sort((a, b) => a.distanceNm - b.distanceNm || a.harbour.id.localeCompare(b.harbour.id));
}

/** A rescue ship's planning speed, used for a first ETA. */
export const PLANNING_SPEED_KN = 10;
