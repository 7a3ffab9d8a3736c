import * as z from 'zod';

/** A notification's delivery state (outbox or Twilio). */
export const NotificationStatus = z.object({
  id: z.string(),
  requestId: z.string(),
  caseId: z.string(),
  harbourId: z.string(),
  channel: z.enum(['sms', 'voice']),
  status: z.enum(['outbox', 'queued', 'sent', 'delivered', 'failed', 'escalated']),
  at: z.string(),
  detail: z.string().optional(),
});
/** A notification's delivery state. */
export type NotificationStatus = z.infer<typeof NotificationStatus>;

/** Who relayed an outbox message by hand, and when (the first operator to say so). */
export const RelayMark = z.object({ by: z.string(), at: z.string(), note: z.string().nullable() });
/** Who relayed an outbox message by hand, and when. */
export type RelayMark = z.infer<typeof RelayMark>;

/** A notification stored instead of sent (no Twilio credentials): the number, who it is, the words. */
export const OutboxMessage = NotificationStatus.extend({
  to: z.string(),
  body: z.string(),
  /** The harbour contact's name, so an operator relaying by phone knows whom to ask for. */
  contactName: z.string().optional(),
  /** Set once an operator relayed it by hand; null (or absent on older messages) until then. */
  relayed: RelayMark.nullable().optional(),
});

/** Body of POST /api/outbox/:id/relayed. */
export const RelayInput = z.object({ note: z.string().trim().max(500).optional() }).strict();
/** Body of POST /api/outbox/:id/relayed. */
export type RelayInput = z.infer<typeof RelayInput>;
/** A notification stored instead of sent. */
export type OutboxMessage = z.infer<typeof OutboxMessage>;
