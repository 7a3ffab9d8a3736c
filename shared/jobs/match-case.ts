import * as z from 'zod';

/** Payload of the `match-case` queue: find willing harbours for a case. Ids only. */
export const MatchCaseJob = z.object({
  caseId: z.string().min(1),
  // `retry`: re-added under a new id after an earlier run failed for good (worker/recovery).
  reason: z.enum(['new', 'declined', 'expired', 'partial', 'manual', 'retry']),
});
/** Payload of the `match-case` queue. */
export type MatchCaseJob = z.infer<typeof MatchCaseJob>;
