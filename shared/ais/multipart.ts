/**
 * Multipart assembly. A message longer than one sentence is split into fragments that share a
 * sequence id; receivers interleave fragments of different messages (on both channels, or with
 * different sequence ids on one channel), so fragments are assembled per channel + sequence id.
 * A fragment that never gets its successors is given up after a timeout, when its key is reused
 * by a new first fragment, or when too many messages are pending, and its lines are reported as
 * dropped so the decoder can count them.
 */

interface Pending {
  total: number;
  /** Copies of the armoured payload of each fragment received so far, in order. */
  parts: Uint8Array[];
  startedAt: number;
}

/** What became of a fragment; `dropped` counts lines of other, abandoned messages. */
export type FragmentOutcome =
  | { kind: 'pending'; dropped: number }
  | { kind: 'complete'; parts: Uint8Array[]; dropped: number }
  | { kind: 'orphan'; dropped: number };

/** Defaults: fragments of one message go out in consecutive 26.7 ms slots, so seconds is generous. */
export const DEFAULT_FRAGMENT_TIMEOUT_MS = 5_000;
/** Channels x sequence ids give about 40 live keys; beyond this the oldest message is given up. */
export const DEFAULT_MAX_PENDING = 64;

/** A copy that owns its bytes (a Node Buffer's slice() would share the socket's or file's). */
function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/** Assembles fragments of one feed. Not shared between feeds: sequence ids are per receiver. */
export class MultipartAssembler {
  // Insertion order is arrival order of first fragments, so the oldest entries come first.
  private readonly pending = new Map<number, Pending>();
  private heldLines = 0;

  constructor(
    private readonly timeoutMs = DEFAULT_FRAGMENT_TIMEOUT_MS,
    private readonly maxPending = DEFAULT_MAX_PENDING,
  ) {}

  /** Lines held in messages still being assembled. */
  get pendingLines(): number {
    return this.heldLines;
  }

  /**
   * Adds fragment `number` of `count`, whose armoured payload is `payload` (copied). `channel` and
   * `sequenceId` are as VdmSentence has them.
   */
  add(
    channel: number,
    sequenceId: number,
    count: number,
    number: number,
    payload: Uint8Array,
    now: number,
  ): FragmentOutcome {
    let dropped = this.expire(now);
    const key = channel * 16 + sequenceId + 1;
    const entry = this.pending.get(key);
    if (number === 1) {
      if (entry) dropped += this.remove(key, entry);
      if (this.pending.size >= this.maxPending) dropped += this.removeOldest();
      this.pending.set(key, { total: count, parts: [copy(payload)], startedAt: now });
      this.heldLines += 1;
      return { kind: 'pending', dropped };
    }
    if (!entry || entry.total !== count || entry.parts.length + 1 !== number) {
      // A gap or a repeat: the message being assembled cannot be trusted any more either.
      if (entry) dropped += this.remove(key, entry);
      return { kind: 'orphan', dropped };
    }
    entry.parts.push(copy(payload));
    this.heldLines += 1;
    if (entry.parts.length < count) return { kind: 'pending', dropped };
    this.remove(key, entry);
    return { kind: 'complete', parts: entry.parts, dropped };
  }

  /** Gives up messages older than the timeout; returns how many lines they held. */
  expire(now: number): number {
    let dropped = 0;
    for (const [key, entry] of this.pending) {
      if (now - entry.startedAt <= this.timeoutMs) break;
      dropped += this.remove(key, entry);
    }
    return dropped;
  }

  /** Gives up everything pending (end of input); returns how many lines it held. */
  clear(): number {
    const dropped = this.heldLines;
    this.pending.clear();
    this.heldLines = 0;
    return dropped;
  }

  private remove(key: number, entry: Pending): number {
    this.pending.delete(key);
    this.heldLines -= entry.parts.length;
    return entry.parts.length;
  }

  private removeOldest(): number {
    for (const [key, entry] of this.pending) return this.remove(key, entry);
    return 0;
  }
}
