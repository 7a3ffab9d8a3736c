import type { Redis } from 'ioredis';
import type { Keys } from './keys';

/** One SITREP as issued: its number, the text as sent, when and by whom. */
export interface StoredSitrep {
  number: number;
  text: string;
  issuedAt: string;
  issuedBy: string;
}

// Number, keep and record in one step: two operators issuing at once get two numbers, each with its
// own text, and a number is never issued without its text being kept. The timeline entry is written
// here too (the same fields as timeline.store's XADD) so it can name the number.
const ISSUE = `
local n = redis.call('INCR', KEYS[1])
local text = ARGV[1] .. n .. ARGV[2]
local rec = cjson.encode({ number = n, text = text, issuedAt = ARGV[3], issuedBy = ARGV[4] })
redis.call('HSET', KEYS[2], n, rec)
redis.call('XADD', KEYS[3], '*', 'at', ARGV[3], 'type', 'sitrep', 'actor', ARGV[4],
  'summary', 'SITREP ' .. n .. ' issued', 'data', '{"number":' .. n .. '}')
return n`;

/** SITREPs per case: numbered in sequence, the text of each kept as issued. */
export class SitrepsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Issue the next SITREP of a case: `head + number + tail` is the text. Returns what was kept. */
  async issue(caseId: string, head: string, tail: string, actor: string, now = new Date()): Promise<StoredSitrep> {
    const issuedAt = now.toISOString();
    const n = Number(
      await this.redis.eval(
        ISSUE,
        3,
        this.keys.seq(`sitrep:${caseId}`),
        this.keys.caseSitreps(caseId),
        this.keys.caseTimeline(caseId),
        head,
        tail,
        issuedAt,
        actor,
      ),
    );
    return { number: n, text: `${head}${n}${tail}`, issuedAt, issuedBy: actor };
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
