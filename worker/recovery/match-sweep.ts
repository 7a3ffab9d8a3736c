import type { WorkerDeps } from '../deps';

/** Job states in which a case's matching is still on its way: nothing to do. */
const LIVE = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused']);

/** The trigger of a case's matching job in generation `n`: the call's own job, then `retry.<n>`. */
export const generationTrigger = (n: number) => (n === 0 ? 'new' : `retry.${n}`);

/**
 * Every case promised matching (the pending set: written with the case, kept until a run finishes,
 * put back when a run fails for good) gets a live job. A job id is used once by BullMQ, and a
 * failed job keeps its id, so re-adding the same id would do nothing: a case whose job failed or
 * finished without clearing the mark moves to its next generation and gets a job under a new id.
 * Safe to run in every worker at once: the generation moves by compare-and-set, and job ids dedupe.
 * Returns the cases it (re)queued.
 */
export async function sweepPendingMatches(deps: WorkerDeps): Promise<string[]> {
  const { store, queues } = deps;
  const queued: string[] = [];
  for (const caseId of await store.cases.pendingMatch()) {
    const gen = await store.cases.matchGeneration(caseId);
    const job = await queues.byName['match-case'].getJob(`match.${caseId}.${generationTrigger(gen)}`);
    const state = job ? await job.getState() : 'missing';
    if (LIVE.has(state)) continue;
    if (state === 'missing') {
      // Written but never enqueued (a crash between the two), or removed: the same id is free.
      await queues.matchCase({ caseId, reason: gen === 0 ? 'new' : 'retry' }, generationTrigger(gen));
    } else {
      if (!(await store.cases.nextMatchGeneration(caseId, gen))) continue;
      await queues.matchCase({ caseId, reason: 'retry' }, generationTrigger(gen + 1));
      deps.log.warn({ component: 'match-sweep', caseId, generation: gen + 1, was: state }, 'matching re-queued');
    }
    queued.push(caseId);
  }
  return queued;
}

/** Sweep now and then every `everyMs`, one sweep at a time; returns a stopper. */
export function startMatchSweep(deps: WorkerDeps, everyMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepPendingMatches(deps)
      .catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'match sweep failed'))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
