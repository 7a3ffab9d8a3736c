import { parseNotificationId } from '../../shared/domain/ids';
import type { OutboxMessage, RelayInput } from '../../shared/domain/notification';
import { NotFoundError } from '../../shared/backend/errors';
import { loadCase } from '../../shared/backend/cases/load-case';
import type { UserRecord } from '../../shared/backend/store/users.store';
import type { Deps } from '../deps';

const KIND_WORDS = { request: 'docking request', withdrawn: 'withdrawal', reminder: 'reminder' } as const;

/**
 * An operator relayed an outbox message by hand (texted or phoned the contact). The first to say so
 * is recorded on the message and on the case's timeline, once; a second operator is told who was
 * first instead of recording a second relay.
 */
export async function markRelayed(
  deps: Deps,
  id: string,
  input: RelayInput,
  actor: UserRecord,
): Promise<{ message: OutboxMessage; first: boolean }> {
  const msg = await deps.store.outbox.get(id);
  if (!msg) throw new NotFoundError(`no outbox message ${id}`);
  const note = input.note || null;
  const { mark, first } = await deps.store.outbox.markRelayed(id, {
    by: actor.username,
    at: new Date().toISOString(),
    note,
  });
  if (first && msg.caseId && (await deps.store.cases.record(msg.caseId))) {
    const ref = parseNotificationId(id);
    const what = ref ? KIND_WORDS[ref.kind] : 'message';
    const harbour = msg.harbourId ? ((await deps.store.harbours.get(msg.harbourId))?.name ?? msg.harbourId) : null;
    await deps.store.cases.note(msg.caseId, {
      type: 'relayed',
      actor: actor.username,
      summary:
        `${what} ${msg.channel === 'sms' ? 'SMS' : 'call'} relayed by hand` +
        `${harbour ? ` to ${harbour}` : ''}${msg.contactName ? ` (${msg.contactName})` : ''}` +
        `${note ? `: ${note.slice(0, 200)}` : ''}`,
      data: { notificationId: id, requestId: msg.requestId, channel: msg.channel, note },
    });
    const c = await loadCase(deps.store, msg.caseId);
    if (c) deps.broadcast.caseChanged(c);
  }
  return { message: { ...msg, relayed: mark }, first };
}
