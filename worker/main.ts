import { DelayedError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { QUEUES, type QueueName } from '../shared/jobs/queues';
import type { Config } from '../shared/backend/config';
import { connectRedis, enforceDurability } from '../shared/backend/redis';
import { Heartbeat } from '../shared/backend/liveness/heartbeat';
import { Queues } from '../shared/backend/queues';
import { createStore, storeSettings } from '../shared/backend/store';
import { startAis, type AisHandle } from './ais/start-ais';
import type { WorkerDeps } from './deps';
import { WorkerMetrics } from './metrics/worker-metrics';
import { publishMetrics } from './metrics/publisher';
import { OutboxNotifier } from './notify/outbox.notifier';
import { TwilioNotifier } from './notify/twilio.notifier';
import { dockingDeadline } from './processors/docking-deadline.processor';
import { escalateFailedNotification } from './processors/escalate-failure';
import { escalateRequest } from './processors/escalate-request.processor';
import { matchCase } from './processors/match-case.processor';
import { notifyHarbour } from './processors/notify-harbour.processor';
import { retention } from './processors/retention.processor';
import { estimateDue } from './processors/estimate-due.processor';
import { createWorkerBroadcaster } from './realtime/emitter';
import { matchingFailed } from './recovery/match-failure';
import { onePerCase } from './recovery/match-lock';
import { startMatchSweep, sweepPendingMatches } from './recovery/match-sweep';

type Processor = (deps: WorkerDeps, job: Job, token?: string) => Promise<string>;

/** One processor per queue; start-up fails loudly if a queue has none. */
const PROCESSORS: Record<QueueName, Processor> = {
  'match-case': onePerCase(matchCase),
  'notify-harbour': notifyHarbour,
  'docking-deadline': dockingDeadline,
  'escalate-request': escalateRequest,
  retention,
  'estimate-due': estimateDue,
};

/** What a notify-harbour job's result says about the message, for the notifications counter. */
const SENT = new Set(['queued', 'sent', 'delivered', 'outbox']);

/** A running worker process's handle; `ais` is the AIS ingest (the demo simulator feeds it). */
export interface WorkerHandle {
  ais: AisHandle;
  /** This process's id in heartbeats and leases. */
  id: string;
  close(): Promise<void>;
}

/**
 * Start one BullMQ Worker per queue, beat, sweep matching that a crash or a final failure may have
 * dropped, take part in the AIS feeds' lease, publish metrics, and return a closer.
 */
export async function startWorker(config: Config, log: Logger): Promise<WorkerHandle> {
  const missing = QUEUES.filter((q) => !PROCESSORS[q]);
  if (missing.length) throw new Error(`no processor for queue(s): ${missing.join(', ')}`);
  if (!config.redis) throw new Error('REDIS_URL or REDIS_SENTINELS is required');
  const wlog = log.child({ component: 'worker' });
  // Patient connections: through a Redis outage the worker pauses and resumes by itself.
  const redis = connectRedis(config.redis, { connectionName: 'haven-worker' });
  redis.on('error', (err: Error) => wlog.debug({ err: err.message }, 'redis connection error'));
  await enforceDurability(redis, config.env === 'production', wlog, config.redis);
  const store = createStore(redis, config.prefix, storeSettings(config));
  const queues = new Queues(redis, store.keys.bullPrefix(), {
    notifyBackoffMs: config.notifyBackoffMs,
    jobBackoffMs: config.jobBackoffMs,
    onError: (err) => wlog.debug({ err: err.message }, 'queue connection error'),
  });
  const metrics = new WorkerMetrics();
  const deps: WorkerDeps = {
    config,
    store,
    queues,
    metrics,
    log: wlog,
    broadcast: createWorkerBroadcaster(redis, store.keys.socketKey()),
    notifier: config.twilio
      ? new TwilioNotifier({ ...config.twilio, publicUrl: config.publicUrl })
      : new OutboxNotifier(store.outbox),
  };
  const heartbeat = new Heartbeat(store.processes, 'worker', wlog);
  await heartbeat.start();
  const connections = QUEUES.map((q) => connectRedis(config.redis!, { connectionName: `haven-worker-${q}` }));
  const workers = QUEUES.map((name, i) => {
    connections[i]!.on('error', (err: Error) => wlog.debug({ queue: name, err: err.message }, 'redis error'));
    const w = new Worker(name, (job, token) => measured(deps, name, job, token), {
      connection: connections[i],
      prefix: store.keys.bullPrefix(),
      // Jobs record which process ran them (`processedBy`): the two-of-everything test reads it.
      name: heartbeat.info.id,
      concurrency: name === 'notify-harbour' ? 8 : 2,
      // A worker that dies mid-job (SIGKILL, a lost machine) stops renewing its lock; another
      // worker runs the job again after about this long.
      lockDuration: config.jobLockMs,
      stalledInterval: config.jobLockMs,
    });
    w.on('failed', (job, err) => {
      if (err instanceof DelayedError || err.name === 'DelayedError') return;
      const final = !!job && (job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError');
      metrics.jobs.inc({ queue: name, outcome: final ? 'failed_final' : 'failed' });
      deps.log.warn({ queue: name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed');
      if (name === 'notify-harbour') {
        metrics.notifications.inc({ outcome: final ? 'escalated' : 'failed' });
        void escalateFailedNotification(deps, job, err).catch((e: unknown) =>
          deps.log.error({ err: e }, 'escalation failed'),
        );
      }
      if (name === 'match-case')
        void matchingFailed(deps, job, err).catch((e: unknown) => deps.log.error({ err: e }, 'escalation failed'));
    });
    w.on('completed', (_job, result) => {
      metrics.jobs.inc({ queue: name, outcome: 'completed' });
      if (name === 'notify-harbour' && typeof result === 'string' && SENT.has(result))
        metrics.notifications.inc({ outcome: result === 'outbox' ? 'outbox' : 'sent' });
    });
    w.on('error', (err) => deps.log.error({ queue: name, err: err.message }, 'worker error'));
    return w;
  });
  await queues.byName.retention.upsertJobScheduler(
    'retention-hourly',
    { every: 3_600_000 },
    { name: 'retention', data: {} },
  );
  // Heal the gap between "case written" and "job enqueued", and re-queue matching that failed for good.
  await sweepPendingMatches(deps);
  const stopSweep = startMatchSweep(deps, config.matchSweepMs);
  const stopMetrics = publishMetrics(store, metrics, heartbeat.info.id, wlog);
  const ais = await startAis(
    config,
    store,
    deps.broadcast,
    log.child({ component: 'ais' }),
    { metrics },
    heartbeat.info.id,
  );
  deps.log.info({ queues: QUEUES, notifier: deps.notifier.kind, id: heartbeat.info.id }, 'worker started');
  return {
    ais,
    id: heartbeat.info.id,
    async close() {
      stopSweep();
      stopMetrics();
      // Listeners first, then the last AIS batch is written while Redis is still connected.
      await ais.close();
      // Worker.close waits for active jobs to finish, so nothing in flight is lost.
      await Promise.all(workers.map((w) => w.close()));
      await heartbeat.stop();
      await queues.close();
      await Promise.all([...connections, redis].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/** Run a job's processor, timing how long it waited and ran. */
async function measured(deps: WorkerDeps, queue: QueueName, job: Job, token?: string): Promise<string> {
  const started = Date.now();
  deps.metrics.started(queue, job, started);
  try {
    const result = await PROCESSORS[queue](deps, job, token);
    deps.metrics.jobDuration.observe({ queue }, (Date.now() - started) / 1000);
    return result;
  } catch (err) {
    if (err instanceof DelayedError) deps.metrics.jobs.inc({ queue, outcome: 'delayed' });
    else deps.metrics.jobDuration.observe({ queue }, (Date.now() - started) / 1000);
    throw err;
  }
}
