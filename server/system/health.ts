import type { Health } from '../../shared/api/system';
import { isStoreUnavailable, storeUnavailable } from '../../shared/backend/redis';
import type { Deps } from '../deps';

/** The lease the AIS feeds run under (worker/ais/start-ais.ts names it). */
const AIS_LEASE = 'ais-feeds';

/** /healthz's answer and whether it is healthy (200) or not (503). */
export interface HealthReport {
  healthy: boolean;
  body: Health;
}

/**
 * The deployment's health as one server sees it: Redis reachable (and its replicas, through
 * Sentinel), every queue's depth and oldest waiting job, the live server and worker processes
 * (heartbeats), and who runs the AIS feeds. Unhealthy when Redis cannot be reached, when no worker
 * is alive, or when a queue's oldest waiting job is older than HEALTH_MAX_WAIT_SECONDS: calls would
 * be acknowledged and then wait for nobody.
 */
export async function checkHealth(deps: Deps): Promise<HealthReport> {
  const { store, queues, config } = deps;
  const started = Date.now();
  try {
    await store.redis.ping();
  } catch (err) {
    if (!isStoreUnavailable(err)) throw err;
    const e = storeUnavailable();
    return {
      healthy: false,
      body: {
        status: 'unavailable',
        error: 'store_unavailable',
        message: e.message,
        redis: { ok: false, error: (err as Error).message },
      },
    };
  }
  const latencyMs = Date.now() - started;
  const [replication, depths, oldest, processes, ais] = await Promise.all([
    store.redis.info('replication'),
    queues.depths(),
    queues.oldestWaiting(),
    store.processes.live(),
    store.processes.lease(AIS_LEASE),
  ]);
  const problems: string[] = [];
  const workers = processes.filter((p) => p.role === 'worker');
  if (!workers.length) problems.push('no worker process is alive: calls are acknowledged but nobody matches them');
  const queueReport: Record<string, Record<string, number>> = {};
  for (const [q, counts] of Object.entries(depths)) {
    const since = oldest[q];
    const age = since ? Math.max(0, Math.round((Date.now() - since) / 1000)) : 0;
    queueReport[q] = { ...counts, oldestWaitingSeconds: age };
    if (since && Date.now() - since > config.healthMaxWaitMs)
      problems.push(`queue ${q}: a job has waited ${age} s (limit ${Math.round(config.healthMaxWaitMs / 1000)} s)`);
  }
  const replicas = Number(/connected_slaves:(\d+)/.exec(replication)?.[1] ?? 0);
  const waitReplicas = config.redis?.waitReplicas ?? 0;
  if (replicas < waitReplicas)
    problems.push(`Redis has ${replicas} replica(s) connected, acknowledgements wait for ${waitReplicas}`);
  const view = (role: 'server' | 'worker') =>
    processes
      .filter((p) => p.role === role)
      .map((p) => ({ id: p.id, host: p.host, pid: p.pid, startedAt: p.startedAt, lastSeenMs: p.lastSeenMs }));
  return {
    healthy: problems.length === 0,
    body: {
      status: problems.length ? 'unhealthy' : 'ok',
      ...(problems.length ? { error: 'unhealthy', message: problems.join('; '), problems } : {}),
      redis: {
        ok: true,
        latencyMs,
        role: /role:(\w+)/.exec(replication)?.[1] ?? 'unknown',
        replicas,
        waitReplicas,
      },
      queues: queueReport,
      processes: { server: view('server'), worker: view('worker') },
      ais: { holder: ais.holder, expiresInMs: ais.expiresInMs },
    },
  };
}
