import { Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { QUEUES, type QueueName } from '../shared/jobs/queues';
import type { Config } from '../shared/backend/config';
import { connectRedis, enforceDurability } from '../shared/backend/redis';
import { Queues } from '../shared/backend/queues';
import { createStore } from '../shared/backend/store';
import { startAis, type AisHandle } from './ais/start-ais';
import type { WorkerDeps } from './deps';
import { OutboxNotifier } from './notify/outbox.notifier';
import { TwilioNotifier } from './notify/twilio.notifier';
import { dockingDeadline } from './processors/docking-deadline.processor';
import { escalateFailedNotification } from './processors/escalate-failure';
import { matchCase } from './processors/match-case.processor';
import { notifyHarbour } from './processors/notify-harbour.processor';
import { retention } from './processors/retention.processor';
import { estimateDue } from './processors/estimate-due.processor';
import { createWorkerBroadcaster } from './realtime/emitter';

type Processor = (deps: WorkerDeps, job: Job) => Promise<string>;

/** One processor per queue; start-up fails loudly if a queue has none. */
const PROCESSORS: Record<QueueName, Processor> = {
  'match-case': matchCase,
  'notify-harbour': notifyHarbour,
  'docking-deadline': dockingDeadline,
  retention,
  'estimate-due': estimateDue,
};

/** A running worker process's handle; `ais` is the AIS ingest (the demo simulator feeds it). */
export interface WorkerHandle {
  ais: AisHandle;
  close(): Promise<void>;
}

/** Start one BullMQ Worker per queue, re-enqueue matching that a crash may have dropped, and return a closer. */
export async function startWorker(config: Config, log: Logger): Promise<WorkerHandle> {
  const missing = QUEUES.filter((q) => !PROCESSORS[q]);
  if (missing.length) throw new Error(`no processor for queue(s): ${missing.join(', ')}`);
  if (!config.redisUrl) throw new Error('REDIS_URL is required');
  const redis = connectRedis(config.redisUrl);
  await enforceDurability(redis, config.env === 'production', log.child({ component: 'worker' }));
  const store = createStore(redis, config.prefix);
  const queues = new Queues(redis, store.keys.bullPrefix(), { notifyBackoffMs: config.notifyBackoffMs });
  const deps: WorkerDeps = {
    config,
    store,
    queues,
    log: log.child({ component: 'worker' }),
    broadcast: createWorkerBroadcaster(redis, store.keys.socketKey()),
    notifier: config.twilio
      ? new TwilioNotifier({ ...config.twilio, publicUrl: config.publicUrl })
      : new OutboxNotifier(store.outbox),
  };
  const connections = QUEUES.map(() => connectRedis(config.redisUrl!));
  const workers = QUEUES.map((name, i) => {
    const w = new Worker(name, (job) => PROCESSORS[name](deps, job), {
      connection: connections[i],
      prefix: store.keys.bullPrefix(),
      concurrency: name === 'notify-harbour' ? 8 : 2,
    });
    w.on('failed', (job, err) => {
      deps.log.warn({ queue: name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed');
      if (name === 'notify-harbour')
        void escalateFailedNotification(deps, job, err).catch((e: unknown) =>
          deps.log.error({ err: e }, 'escalation failed'),
        );
    });
    w.on('error', (err) => deps.log.error({ queue: name, err: err.message }, 'worker error'));
    return w;
  });
  await queues.byName.retention.upsertJobScheduler(
    'retention-hourly',
    { every: 3_600_000 },
    { name: 'retention', data: {} },
  );
  // Heal the gap between "case written" and "job enqueued": job ids are deterministic, so this never duplicates.
  for (const caseId of await store.cases.pendingMatch()) await queues.matchCase({ caseId, reason: 'new' }, 'new');
  const ais = await startAis(config, store, deps.broadcast, log.child({ component: 'ais' }));
  deps.log.info({ queues: QUEUES, notifier: deps.notifier.kind }, 'worker started');
  return {
    ais,
    async close() {
      // Listeners first, then the last AIS batch is written while Redis is still connected.
      await ais.close();
      // Worker.close waits for active jobs to finish, so nothing in flight is lost.
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      await Promise.all([...connections, redis].map((c) => c.quit()));
    },
  };
}
