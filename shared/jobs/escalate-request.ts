import * as z from 'zod';

/**
 * Payload of the delayed `escalate-request` queue: one step of a docking request's escalation
 * while nobody answers. `voice`: the SMS to contact `contactIndex` has no delivery report, so call
 * it; `next-contact`: that contact did not answer, so ask the next one; `reminder`: the deadline is
 * near, so remind the contacts asked.
 */
export const EscalateRequestJob = z.object({
  requestId: z.string().min(1),
  step: z.enum(['voice', 'next-contact', 'reminder']),
  contactIndex: z.number().int().min(0),
});
/** Payload of the `escalate-request` queue. */
export type EscalateRequestJob = z.infer<typeof EscalateRequestJob>;
