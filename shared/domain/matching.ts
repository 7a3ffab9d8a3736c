/**
 * Where the search for a port stands for one case: derived from what the case record stores about
 * its placement and from its docking requests, so it never disagrees with them.
 */
import * as z from 'zod';
import type { DockingRequest } from './docking-request';

/**
 * `searching`: matching runs or is about to (no request open); `waiting`: requests are open;
 * `placed`: everyone on board has a port; `exhausted`: no willing harbour is left to ask;
 * `paused`: a supervisor stopped matching for this case.
 */
export const MatchingState = z.enum(['searching', 'waiting', 'placed', 'exhausted', 'paused']);
/** Where the search for a port stands. */
export type MatchingState = z.infer<typeof MatchingState>;

/** The matching summary on a case. */
export const Matching = z.object({
  state: MatchingState,
  /** Persons on board who have no port yet (null while the number on board is unknown and nobody accepted). */
  unplaced: z.number().int().nullable(),
  /** How many rounds of requests matching has opened (0: none yet). */
  round: z.number().int(),
  /** The earliest deadline of the open requests, if any. */
  nextDeadline: z.string().nullable(),
});
/** The matching summary on a case. */
export type Matching = z.infer<typeof Matching>;

/** What the case record stores about placement (hash fields of the case; absent on older records). */
export interface Placement {
  /** Persons placed by acceptances so far. */
  placedPersons?: number;
  /** Everyone on board has a port (set by the acceptance that covered the persons still unplaced). */
  placedAll?: boolean;
  matchingRound?: number;
  matchingExhausted?: boolean;
  matchingPaused?: boolean;
}

/** Persons still without a port: null when the number on board is unknown and nobody has accepted. */
export function unplacedOf(personsOnBoard: number | null, p: Placement): number | null {
  if (p.placedAll) return 0;
  if (personsOnBoard === null) return null;
  return Math.max(0, personsOnBoard - (p.placedPersons ?? 0));
}

/** The matching summary of a case from its placement fields and its requests. */
export function matchingOf(personsOnBoard: number | null, p: Placement, requests: DockingRequest[]): Matching {
  const open = requests.filter((r) => r.status === 'pending');
  const nextDeadline = open.map((r) => r.deadline).sort()[0] ?? null;
  const unplaced = unplacedOf(personsOnBoard, p);
  const state: MatchingState = p.placedAll
    ? 'placed'
    : p.matchingPaused
      ? 'paused'
      : open.length
        ? 'waiting'
        : p.matchingExhausted
          ? 'exhausted'
          : 'searching';
  return { state, unplaced, round: p.matchingRound ?? 0, nextDeadline };
}

const why = z.string().trim().min(2, 'say why').max(500);

/**
 * Body of POST /api/cases/:id/matching: a supervisor steers the search for a port. `pause` stops
 * new requests (open ones stay open and may still be answered), `resume` starts matching again,
 * `skip` withdraws one open request and asks the next harbour, `ask` asks one harbour now.
 */
export const MatchingControl = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pause'), reason: why }).strict(),
  z.object({ action: z.literal('resume'), reason: why.optional() }).strict(),
  z.object({ action: z.literal('skip'), requestId: z.string().min(1).max(120), reason: why }).strict(),
  z.object({ action: z.literal('ask'), harbourId: z.string().min(1).max(64), reason: why }).strict(),
]);
/** Body of POST /api/cases/:id/matching. */
export type MatchingControl = z.infer<typeof MatchingControl>;
