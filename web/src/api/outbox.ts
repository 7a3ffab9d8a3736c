import type { OutboxMessage } from '../../../shared/realtime/events';
import { request } from './http';

export type { OutboxMessage };

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
