import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { AuditStore } from './audit.store';
import { DEVELOPMENT_AUDIT_KEY } from './audit-key';
import { CasesStore } from './cases.store';
import { DeliveriesStore } from './deliveries.store';
import { DockingStore } from './docking.store';
import { FeedsStore } from './feeds.store';
import { HarboursStore } from './harbours.store';
import { keyspace } from './keys';
import { OutboxStore } from './outbox.store';
import { PlacementStore } from './placement.store';
import { ProcessesStore } from './processes.store';
import { SendsStore } from './sends.store';
import { SessionsStore, type SessionLifetimes } from './sessions.store';
import { SitrepsStore } from './sitreps.store';
import { Tx } from './tx';
import { TwilioSidsStore } from './twilio-sids.store';
import { UsersStore } from './users.store';
import { VesselsStore } from './vessels.store';

/** What the stores need beyond Redis and the prefix. */
export interface StoreSettings {
  /** Keys the session ids (see SessionsStore.idOf). */
  sessionSecret?: string;
  /** Keys the audit chains' hashes (see tx.ts). */
  auditKey?: string;
  sessions?: Partial<SessionLifetimes>;
}

/** The store settings a configuration asks for. */
export function storeSettings(
  config: Pick<Config, 'sessionSecret' | 'auditKey' | 'sessionIdleMs' | 'sessionMaxMs'>,
): StoreSettings {
  return {
    sessionSecret: config.sessionSecret,
    auditKey: config.auditKey,
    sessions: { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs },
  };
}

/** Every Redis-backed store, sharing one connection and one key prefix. */
export function createStore(redis: Redis, prefix: string, settings: StoreSettings = {}) {
  const keys = keyspace(prefix);
  const auditKey = settings.auditKey ?? DEVELOPMENT_AUDIT_KEY;
  const tx = () => new Tx(redis, auditKey);
  const docking = new DockingStore(redis, keys, tx);
  const harbours = new HarboursStore(redis, keys, tx);
  return {
    redis,
    keys,
    auditKey,
    tx,
    cases: new CasesStore(redis, keys, tx),
    docking,
    placement: new PlacementStore(redis, keys, tx, docking, harbours),
    harbours,
    users: new UsersStore(redis, keys, tx),
    sessions: new SessionsStore(redis, keys, settings.sessionSecret ?? '', settings.sessions),
    audit: new AuditStore(redis, keys, tx, auditKey),
    outbox: new OutboxStore(redis, keys),
    feeds: new FeedsStore(redis, keys),
    vessels: new VesselsStore(redis, keys),
    deliveries: new DeliveriesStore(redis, keys),
    sends: new SendsStore(redis, keys),
    twilioSids: new TwilioSidsStore(redis, keys),
    sitreps: new SitrepsStore(redis, keys, tx),
    processes: new ProcessesStore(redis, keys),
  };
}
/** The stores. */
export type Store = ReturnType<typeof createStore>;
