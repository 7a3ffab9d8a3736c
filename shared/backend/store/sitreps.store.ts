import type { Redis } from 'ioredis';
import type { Keys } from './keys';
import { addTimeline } from './timeline.store';
import type { Tx } from './tx';

/** One SITREP as issued: its number, the text as sent, when and by whom. */
export interface StoredSitrep {
  number: number;
  text: string;
  issuedAt: string;
  issuedBy: string;
}

/** SITREPs per case: numbered in sequence, the text of each kept as issued. */
export class SitrepsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
  ) {}

  /**
   * Issue the next SITREP of a case: `head + number + tail` is the text. Number, keep and record
   * in one atomic write that holds only if nobody took the number meanwhile (then the next one is
   * tried): two operators issuing at once get two numbers, each with its own text, and a number is
   * never issued without its text kept and its (chained) timeline entry. Returns what was kept.
   */
  async issue(caseId: string, head: string, tail: string, actor: string, now = new Date()): Promise<StoredSitrep> {
    const issuedAt = now.toISOString();
    const seq = this.keys.seq(`sitrep:${caseId}`);
    for (let attempt = 0; attempt < 50; attempt++) {
      const current = await this.redis.get(seq);
      const number = Number(current ?? 0) + 1;
      const kept: StoredSitrep = { number, text: `${head}${number}${tail}`, issuedAt, issuedBy: actor };
      const tx = this.tx()
        .guard(seq, '', [current ?? ''])
        .cmd('SET', seq, number)
        .cmd('HSET', this.keys.caseSitreps(caseId), number, JSON.stringify(kept));
      addTimeline(tx, this.keys, caseId, {
        type: 'sitrep',
        actor,
        at: issuedAt,
        summary: `SITREP ${number} issued`,
        data: { number },
      });
      if ((await tx.run()).ok) return kept;
    }
    throw new Error(`could not number a SITREP of ${caseId}: too much contention`);
  }

  /** The number the next SITREP of a case will get. */
  async nextNumber(caseId: string): Promise<number> {
    return Number((await this.redis.get(this.keys.seq(`sitrep:${caseId}`))) ?? 0) + 1;
  }

  /** Every SITREP of a case, oldest first. */
  async list(caseId: string): Promise<StoredSitrep[]> {
    const all = await this.redis.hvals(this.keys.caseSitreps(caseId));
    return all.map((r) => JSON.parse(r) as StoredSitrep).sort((a, b) => a.number - b.number);
  }
}
