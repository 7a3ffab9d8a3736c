import * as z from 'zod';

/**
 * Payload of the `notify-harbour` queue: tell one contact of one harbour about one request, that
 * the request was withdrawn because another port accepted (so nobody prepares in vain), or
 * remind it that the deadline is near.
 */
export const NotifyHarbourJob = z.object({
  requestId: z.string().min(1),
  contactIndex: z.number().int().min(0),
  channel: z.enum(['sms', 'voice']),
  kind: z.enum(['request', 'withdrawn', 'reminder']).default('request'),
});
/** Payload of the `notify-harbour` queue, as processors see it. */
export type NotifyHarbourJob = z.infer<typeof NotifyHarbourJob>;
/** Payload of the `notify-harbour` queue, as producers write it (`kind` defaults to request). */
export type NotifyHarbourInput = z.input<typeof NotifyHarbourJob>;
