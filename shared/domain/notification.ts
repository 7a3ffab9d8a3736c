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

/** A notification stored instead of sent (no Twilio credentials): the number, who it is, the words. */
export const OutboxMessage = NotificationStatus.extend({
  to: z.string(),
  body: z.string(),
  /** The harbour contact's name, so an operator relaying by phone knows whom to ask for. */
  contactName: z.string().optional(),
});
/** A notification stored instead of sent. */
export type OutboxMessage = z.infer<typeof OutboxMessage>;
