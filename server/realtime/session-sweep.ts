import type { Logger } from 'pino';
import type { Store } from '../../shared/backend/store';
import type { Io } from './io';

/** How often each server checks that its sockets' sessions still stand. */
export const SWEEP_INTERVAL_MS = 1000;

/**
 * Disconnect this process's sockets whose session ended by any way the broadcast may not have
 * reached (idle timeout, absolute lifetime, a user changed while this process was cut off from the
 * Redis adapter, an epoch bump). The broadcast in Broadcaster.endUser is the fast path; this is
 * the guarantee, within a second, on every server.
 */
export function startSessionSweep(io: Io, store: Store, log: Logger, intervalMs = SWEEP_INTERVAL_MS): () => void {
  let running = false;
  let failing = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const sockets = [...io.of('/').sockets.values()];
      if (!sockets.length) return;
      const p = store.redis.pipeline();
      for (const s of sockets) {
        p.exists(store.keys.session(s.data.auth.session.id));
        p.hmget(store.keys.user(s.data.auth.user.id), 'sessionEpoch', 'disabled');
      }
      const res = (await p.exec()) ?? [];
      sockets.forEach((s, i) => {
        const [, live] = res[2 * i] ?? [];
        const [, user] = res[2 * i + 1] ?? [];
        const [epoch, disabled] = (user as (string | null)[] | undefined) ?? [];
        const ok = live === 1 && Number(epoch ?? 0) === s.data.auth.session.epoch && disabled !== 'true';
        if (!ok) s.disconnect(true);
      });
      failing = false;
    } catch (err) {
      // Once per outage, not once a second.
      if (!failing) log.warn({ component: 'realtime', err: (err as Error).message }, 'session sweep failed');
      failing = true;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
