import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AuditEntry, NewAuditEntry } from '../../domain/audit';
import { fieldsOf, type ChainRef } from './chain';
import type { Keys } from './keys';
import type { Tx } from './tx';

/** The global audit log: a hash-chained Redis Stream (see tx.ts and chain.ts). */
export class AuditStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
    private readonly auditKey: string,
  ) {}

  /** Where the chain lives. */
  chain(): ChainRef {
    return { stream: this.keys.audit(), head: this.keys.auditChain() };
  }

  /**
   * How the log names a case: a keyed hash of its id, so that the log says nothing about a case
   * once retention has purged it, yet whoever holds the id (an evidence pack) can find its entries.
   */
  caseRef(caseId: string): string {
    return createHmac('sha256', this.auditKey).update(`case:${caseId}`).digest('hex').slice(0, 24);
  }

  /** Add an entry to a transaction (atomic with the change it records). */
  add(tx: Tx, e: NewAuditEntry): Tx {
    return tx.append(this.chain(), {
      at: e.at ?? new Date().toISOString(),
      type: e.type,
      actor: e.actor,
      summary: e.summary,
      data: JSON.stringify(e.data ?? {}),
    });
  }

  /** Record an entry on its own. */
  async record(e: NewAuditEntry): Promise<void> {
    await this.add(this.tx(), e).run();
  }

  /** The newest entries first; `before` (a stream id) pages back. */
  async recent(limit = 100, before?: string): Promise<AuditEntry[]> {
    const rows = await this.redis.xrevrange(this.keys.audit(), before ? `(${before}` : '+', '-', 'COUNT', limit);
    return rows.map(([id, flat]) => {
      const f = fieldsOf(flat);
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(f.data ?? '{}') as Record<string, unknown>;
      } catch {
        data = { unreadable: f.data ?? '' };
      }
      return { id, at: f.at ?? '', type: f.type, actor: f.actor ?? '', summary: f.summary ?? '', data } as AuditEntry;
    });
  }
}
