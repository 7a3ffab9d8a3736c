/** Reconnect delays: exponential, capped, with jitter so that many clients do not retry in step. */

/** Bounds of the delay. */
export interface BackoffOptions {
  /** First delay (default 500 ms). */
  baseMs?: number;
  /** Longest delay (default 30 s). */
  maxMs?: number;
}

/** The delay before reconnect attempt `attempt` (0 first): between half and all of min(max, base * 2^attempt). */
export function backoffDelay(
  attempt: number,
  { baseMs = 500, maxMs = 30_000 }: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
