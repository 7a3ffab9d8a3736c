import type { OutboxMessage } from '../../../shared/domain/notification';
import { call } from './client';

export type { OutboxMessage };

/** What GET /api/outbox answers: whether Twilio sends (else every message is relayed by hand), newest first. */
export type Outbox = Awaited<ReturnType<typeof getOutbox>>;

/** The newest stored notifications (operators and supervisors only: they carry contacts' numbers). */
export function getOutbox(limit = 500) {
  return call('outbox.list', { query: { limit } });
}

/** Marks a message relayed by hand; answers the message with the standing mark (maybe someone else's). */
export function markRelayed(id: string, note?: string) {
  return call('outbox.relayed', { params: { id }, body: note ? { note } : {} });
}
