import type { Redis } from 'ioredis';
import { CasesStore } from './cases.store';
import { DeliveriesStore } from './deliveries.store';
import { DockingStore } from './docking.store';
import { FeedsStore } from './feeds.store';
import { HarboursStore } from './harbours.store';
import { keyspace } from './keys';
import { OutboxStore } from './outbox.store';
import { ProcessesStore } from './processes.store';
import { SessionsStore } from './sessions.store';
import { SitrepsStore } from './sitreps.store';
import { UsersStore } from './users.store';
import { VesselsStore } from './vessels.store';

/** Every Redis-backed store, sharing one connection and one key prefix. */
export function createStore(redis: Redis, prefix: string, sessionSecret = '') {
  const keys = keyspace(prefix);
  return {
    redis,
    keys,
    cases: new CasesStore(redis, keys),
    docking: new DockingStore(redis, keys),
    harbours: new HarboursStore(redis, keys),
    users: new UsersStore(redis, keys),
    sessions: new SessionsStore(redis, keys, sessionSecret),
    outbox: new OutboxStore(redis, keys),
    feeds: new FeedsStore(redis, keys),
    vessels: new VesselsStore(redis, keys),
    deliveries: new DeliveriesStore(redis, keys),
    sitreps: new SitrepsStore(redis, keys),
    processes: new ProcessesStore(redis, keys),
  };
}
/** The stores. */
export type Store = ReturnType<typeof createStore>;
