/**
 * Why the decoder set a line aside. Every line pushed into an AisDecoder ends up in a decoded message,
 * in a multipart message still being assembled, or counted under exactly one of these codes, so the
 * health of a feed can be read from its counters.
 */
export const SKIP_REASONS = [
  /** A blank line (some feeds send them as keep-alives). */
  'empty',
  /** Not an !xxVDM / !xxVDO sentence: other NMEA sentences, comments, noise. */
  'not-aivdm',
  /** Looks like VDM, but its fields are not what IEC 61162-1 prescribes (or the checksum is missing). */
  'malformed',
  /** The checksum does not match: the line was damaged in transit. */
  'bad-checksum',
  /** A payload character outside the six-bit armour alphabet. */
  'bad-payload',
  /** A later fragment of a multipart message whose earlier fragments were not seen (or came out of order). */
  'orphan-fragment',
  /** A fragment of a multipart message that never completed: it expired, was replaced, or input ended. */
  'incomplete',
  /** The message is shorter than its type requires. */
  'truncated-payload',
  /** The message is longer than its type allows, or than any AIS message can be. */
  'oversized-payload',
  /** A message type (or type 24 part) this decoder does not handle. */
  'unsupported-type',
] as const;

/** One of SKIP_REASONS. */
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A fresh zeroed counter for every reason, in SKIP_REASONS order. */
export function emptyReasonCounts(): Record<SkipReason, number> {
  const counts = {} as Record<SkipReason, number>;
  for (const reason of SKIP_REASONS) counts[reason] = 0;
  return counts;
}

/** True when `value` is a skip reason rather than a decoded result (decoders return one or the other). */
export function isSkipReason(value: unknown): value is SkipReason {
  return typeof value === 'string';
}
