import { DelayedError, type Job } from 'bullmq';
import { MatchCaseJob } from '../../shared/jobs/match-case';
import type { WorkerDeps } from '../deps';

/** A matching run takes well under a second; a crashed holder's lock frees itself after this. */
const LOCK_MS = 30_000;

/**
 * Matching of one case runs in one worker at a time: two runs for the same case (a decline and a
 * deadline at once, on two workers) would each see the same pending requests and could ask more
 * harbours than a round allows. A run that finds the lock taken goes back to the delayed set for a
 * moment, without using up an attempt.
 */
export function onePerCase(
  run: (deps: WorkerDeps, job: Job) => Promise<string>,
): (deps: WorkerDeps, job: Job, token?: string) => Promise<string> {
  return async (deps, job, token) => {
    const { caseId } = MatchCaseJob.parse(job.data);
    const holder = job.id ?? 'unknown';
    if (!(await deps.store.cases.lockMatching(caseId, holder, LOCK_MS))) {
      await job.moveToDelayed(Date.now() + 200 + Math.floor(Math.random() * 300), token);
      throw new DelayedError();
    }
    try {
      return await run(deps, job);
    } finally {
      await deps.store.cases.unlockMatching(caseId, holder);
    }
  };
}
