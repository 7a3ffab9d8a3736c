import type { Job } from 'bullmq';
import type { DockingRequest } from '../../shared/domain/docking-request';
import { MatchCaseJob } from '../../shared/jobs/match-case';
import { loadCase } from '../../shared/backend/cases/load-case';
import { latestFix } from '../../shared/backend/cases/locate';
import type { WorkerDeps } from '../deps';
import { PLANNING_SPEED_KN, rankHarbours } from '../matching/rank-harbours';
import { raiseExhausted } from './exhausted-alarm';
import { startRequest } from '../../shared/backend/cases/escalation';
import { newDockingRequest, requestedEntry } from '../../shared/backend/cases/new-request';

/**
 * Find harbours for a case: keep `harboursPerRound` requests pending until everyone on board has a
 * port (a partial acceptance leaves the rest to match: new requests ask for the persons still
 * unplaced). Request ids are deterministic per case and harbour, and notifications are
 * (re)enqueued for every pending request with deterministic job ids, so a retry after a crash
 * completes the round without duplicates. New requests are stored only if the case was not
 * accepted, paused or closed while this ran (createMany's guards), so an acceptance that lands
 * meanwhile is never followed by requests to others.
 */
export async function matchCase(deps: WorkerDeps, job: Job): Promise<string> {
  const { caseId } = MatchCaseJob.parse(job.data);
  const { store, log } = deps;
  const [c, rec] = await Promise.all([loadCase(store, caseId), store.cases.record(caseId)]);
  if (!c || !rec || c.status === 'closed') return done(deps, caseId, 'case closed or gone');
  if (c.matching.state === 'placed') return done(deps, caseId, 'everyone placed');
  if (c.matching.state === 'paused') return done(deps, caseId, 'paused by a supervisor');

  const fix = latestFix(c.positions);
  if (!fix) {
    await store.cases.note(caseId, {
      type: 'matching',
      actor: 'worker',
      summary: 'no harbour asked yet: the case has no usable position',
    });
    return done(deps, caseId, 'no position');
  }
  const pending = c.dockingRequests.filter((r) => r.status === 'pending');
  const wanted = deps.config.harboursPerRound - pending.length;
  const asked = new Set(c.dockingRequests.map((r) => r.harbourId));
  const candidates = rankHarbours(
    await store.harbours.all(),
    { ...fix, personsOnBoard: c.matching.unplaced, medical: c.medical },
    asked,
  ).slice(0, Math.max(0, wanted));

  if (candidates.length === 0 && pending.length === 0) await raiseExhausted(deps, caseId, asked.size);
  const now = new Date();
  const created: DockingRequest[] = candidates.map(({ harbour, distanceNm }, i) =>
    newDockingRequest(c, harbour, {
      fix,
      distanceNm,
      rank: asked.size + i + 1,
      now,
      deadlineMs: deps.config.dockingDeadlineMs,
      speedKn: PLANNING_SPEED_KN,
    }),
  );
  if (created.length) {
    const stored = await store.docking.createMany(
      caseId,
      created,
      created.map((r) => requestedEntry(r, 'worker')),
      rec.placedPersons,
    );
    // Accepted, paused or closed meanwhile: whatever follows (matching for the rest) has its own job.
    // Not done(): a partial acceptance put the case back in the pending set for its own run.
    if (!stored) return 'case changed while matching: nobody new asked';
  }
  for (const r of [...pending, ...created]) await startRequest(deps, r);
  for (const r of created) deps.broadcast.dockingRequested(r);
  const updated = await loadCase(store, caseId);
  if (updated) deps.broadcast.caseChanged(updated);
  log.info({ component: 'match-case', caseId, created: created.length, pending: pending.length }, 'matched');
  return done(deps, caseId, `${created.length} requested`);
}

async function done(deps: WorkerDeps, caseId: string, result: string): Promise<string> {
  await deps.store.cases.matchDone(caseId);
  return result;
}
