import type { DeliveryOutcome } from '../cases/record-delivery';

// Message statuses (queued ... read) and call statuses (initiated ... no-answer), from Twilio's docs.
const OUTCOMES = new Map<string, DeliveryOutcome>(
  Object.entries({
    accepted: 'queued',
    scheduled: 'queued',
    queued: 'queued',
    sending: 'queued',
    initiated: 'queued',
    ringing: 'queued',
    sent: 'sent',
    delivered: 'delivered',
    read: 'delivered',
    'in-progress': 'delivered',
    answered: 'delivered',
    completed: 'delivered',
    failed: 'failed',
    undelivered: 'failed',
    'no-answer': 'failed',
    busy: 'failed',
    canceled: 'failed',
  } satisfies Record<string, DeliveryOutcome>),
);

/** What a Twilio `MessageStatus` or `CallStatus` means for Haven; null for a status it does not know. */
export function deliveryOutcome(twilioStatus: string): DeliveryOutcome | null {
  return OUTCOMES.get(twilioStatus.trim().toLowerCase()) ?? null;
}
