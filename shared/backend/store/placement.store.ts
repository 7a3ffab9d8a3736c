/**
 * One acceptance per case. A case needs a port for everyone on board; whichever channel an
 * acceptance comes by (portal, SMS, keypress, a supervisor), it is decided here for the whole case
 * at once: the first acceptance covering the persons still unplaced places them and withdraws
 * every other open request of the case; a partial one places what it offers and leaves the rest
 * to matching; the harbour's remaining capacity drops by what it took.
 *
 * The decision is made from one read and applied as ONE Lua script (tx.ts) guarded on every value
 * it was made from: the request still pending, the case still open with the same number on board
 * and the same persons placed, the withdrawn requests still pending, the harbour's capacity
 * unchanged. When any of them moved (another acceptance got there first), nothing is written and
 * the decision is made again from a fresh read, so of two acceptances at the same instant exactly
 * one stands and the other sees the case as it now is.
 */
import type { Redis } from 'ioredis';
import type { DockingRequest, DockingStatus } from '../../domain/docking-request';
import { unplacedOf } from '../../domain/matching';
import { decodeFields, encodeFields } from './codec';
import type { DockingStore } from './docking.store';
import type { HarboursStore } from './harbours.store';
import type { Keys } from './keys';
import { addTimeline, type NewTimelineEntry } from './timeline.store';
import type { Tx } from './tx';

/** What an acceptance will do, decided from one consistent read. */
export interface AcceptPlan {
  /** The accepted request as it will be stored. */
  request: DockingRequest;
  /** Persons this acceptance places (null: nobody knows how many are on board, nor how many it took). */
  placed: number | null;
  /** Persons still without a port afterwards (0 when everyone is placed). */
  unplaced: number | null;
  /** Whether everyone on board now has a port. */
  complete: boolean;
  /** The other open requests of the case, withdrawn because everyone is placed. */
  withdrawn: DockingRequest[];
  /** The harbour's remaining capacity afterwards (null when it has no record). */
  capacityLeft: number | null;
}

/** How an acceptance went. */
export type AcceptOutcome =
  | { kind: 'accepted'; plan: AcceptPlan }
  | { kind: 'already-placed' }
  | { kind: 'already-answered'; status: DockingStatus }
  | { kind: 'case-closed' }
  | { kind: 'missing' };

/** Who accepts, and how many places they offer (absent: as many as are still unplaced). */
export interface Acceptance {
  places?: number;
  at: string;
  by: string;
  note: string | null;
}

const MAX_ATTEMPTS = 20;
const j = JSON.stringify;

/** The case-wide acceptance (see the file comment). */
export class PlacementStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
    private readonly docking: DockingStore,
    private readonly harbours: HarboursStore,
  ) {}

  /**
   * Accept request `requestId`; `entries` words the timeline entries for the plan (written in the
   * same atomic step).
   */
  async accept(
    requestId: string,
    a: Acceptance,
    entries: (plan: AcceptPlan) => NewTimelineEntry[],
  ): Promise<AcceptOutcome> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const res = await this.attempt(requestId, a, entries);
      if (res !== 'moved') return res;
    }
    throw new Error(`could not decide the acceptance of ${requestId}: the case kept changing`);
  }

  private async attempt(
    requestId: string,
    a: Acceptance,
    entries: (plan: AcceptPlan) => NewTimelineEntry[],
  ): Promise<AcceptOutcome | 'moved'> {
    const req = await this.docking.get(requestId);
    if (!req) return { kind: 'missing' };
    const caseKey = this.keys.case(req.caseId);
    const harbourKey = this.keys.harbour(req.harbourId);
    const [raw, capRaw, others] = await Promise.all([
      this.redis.hmget(caseKey, 'status', 'personsOnBoard', 'placedPersons', 'placedAll'),
      this.redis.hget(harbourKey, 'capacity'),
      this.docking.forCase(req.caseId),
    ]);
    const [status, pobRaw, placedRaw, allRaw] = raw.map((v) => v ?? '');
    const placement = decodeFields<{ placedPersons?: number; placedAll?: boolean }>(
      Object.fromEntries(Object.entries({ placedPersons: placedRaw, placedAll: allRaw }).filter(([, v]) => v)),
    );
    const pob = pobRaw ? (JSON.parse(pobRaw) as number | null) : null;
    const unplaced = unplacedOf(pob, placement ?? {});
    // Its own answer stands as it was; a withdrawn request (or any, once everyone is placed) is thanked.
    if (req.status !== 'pending' && req.status !== 'cancelled') return { kind: 'already-answered', status: req.status };
    if (unplaced === 0) return { kind: 'already-placed' };
    if (req.status !== 'pending') return { kind: 'already-answered', status: req.status };
    if (status !== j('open')) return { kind: 'case-closed' };

    const placed = unplaced === null ? (a.places ?? null) : Math.min(a.places ?? unplaced, unplaced);
    const complete = unplaced === null || (placed ?? 0) >= unplaced;
    const withdrawn = complete
      ? others
          .filter((o) => o.id !== req.id && o.status === 'pending')
          .map((o) => ({ ...o, status: 'cancelled' as const, answeredAt: a.at }))
      : [];
    const capacity = capRaw ? (JSON.parse(capRaw) as number) : null;
    const capacityLeft = capacity === null ? null : Math.max(0, capacity - (placed ?? 0));
    const request: DockingRequest = {
      ...req,
      status: 'accepted',
      answeredAt: a.at,
      answeredBy: a.by,
      places: placed,
      note: a.note,
    };
    const plan: AcceptPlan = {
      request,
      placed,
      unplaced: complete ? 0 : unplaced - (placed ?? 0),
      complete,
      withdrawn,
      capacityLeft,
    };

    const tx = this.tx()
      .guard(this.keys.docking(req.id), 'status', [j('pending')])
      .guard(caseKey, 'status', [j('open')])
      .guard(caseKey, 'personsOnBoard', [pobRaw])
      .guard(caseKey, 'placedPersons', [placedRaw])
      .guard(caseKey, 'placedAll', [allRaw]);
    if (capRaw !== null) tx.guard(harbourKey, 'capacity', [capRaw]);
    for (const w of withdrawn) {
      tx.guard(this.keys.docking(w.id), 'status', [j('pending')]);
      tx.hset(this.keys.docking(w.id), encodeFields({ status: w.status, answeredAt: w.answeredAt }));
    }
    tx.hset(this.keys.docking(req.id), encodeFields(request));
    tx.hset(
      caseKey,
      encodeFields({
        placedPersons: (placement?.placedPersons ?? 0) + (placed ?? 0),
        placedAll: complete,
        updatedAt: a.at,
      }),
    );
    if (capacityLeft !== null) this.harbours.stageCapacity(tx, req.harbourId, capacityLeft);
    // The rest must be matched even if the process dies before it enqueues the job: the sweep
    // re-queues every case in the pending set.
    if (!complete) tx.cmd('SADD', this.keys.pendingMatch(), req.caseId);
    for (const e of entries(plan)) addTimeline(tx, this.keys, req.caseId, e);
    const res = await tx.run();
    return res.ok ? { kind: 'accepted', plan } : 'moved';
  }
}
