import type { NotificationStatus } from '../../../shared/realtime/events';
import { request } from './http';

/** A notification stored instead of sent: the number to text or call and the words to give. */
export type OutboxMessage = NotificationStatus & { to: string; body: string };

/** What GET /api/outbox answers. */
export interface Outbox {
  /** False: nothing is sent automatically, every message must be relayed by hand. */
  twilioConfigured: boolean;
  /** Newest first. */
  messages: OutboxMessage[];
}

/** The newest stored notifications (operators and supervisors only: they carry contacts' numbers). */
export function getOutbox(limit = 500): Promise<Outbox> {
  return request<Outbox>('GET', `/api/outbox?limit=${limit}`);
}
