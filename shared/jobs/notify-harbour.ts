import { z } from 'zod';

/** Payload of the `notify-harbour` queue: tell one contact of one harbour about one request. */
export const NotifyHarbourJob = z.object({
  requestId: z.string().min(1),
  contactIndex: z.number().int().min(0),
  channel: z.enum(['sms', 'voice']),
});
/** Payload of the `notify-harbour` queue. */
export type NotifyHarbourJob = z.infer<typeof NotifyHarbourJob>;

/**
 * Deterministic job id so that a retry or a duplicate enqueue can never notify twice. Dots, not
 * colons: BullMQ reserves ':' in custom ids.
 */
export function notifyJobId(job: NotifyHarbourJob): string {
  return `notify.${job.requestId}.${job.contactIndex}.${job.channel}`;
}
