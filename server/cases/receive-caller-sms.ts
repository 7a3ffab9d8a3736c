import { parsePosition } from '../../shared/geo/position';
import { normalizeCaller } from '../../shared/phone';
import type { Deps } from '../deps';
import { callerHash } from './caller-thread';
import { loadCase } from '../../shared/backend/cases/load-case';
import { logCall } from './log-call';
import { TWILIO_ACTOR } from './system-actors';

/** What an SMS from a caller became. */
export interface CallerSms {
  caseId: string;
  kind: 'position' | 'message';
  joined: boolean;
}

/**
 * An SMS from a caller (anyone not a harbour contact). A position is logged like a call with that
 * position: it joins the caller's open case as a fix, raw text kept, or opens one. Any other text
 * is a message on the caller's open case; with none, it opens a case, because whoever writes to a
 * rescue hotline may be asking for help. `readPosition: false` keeps a text that is known not to
 * be a position (a docking reply) from being read as one.
 */
export async function receiveCallerSms(
  deps: Deps,
  callerNumber: string,
  text: string,
  opts: { readPosition?: boolean } = {},
): Promise<CallerSms> {
  const at = new Date().toISOString();
  if (opts.readPosition !== false && parsePosition(text).ok) {
    const call = await logCall(deps, { callerNumber, position: text, receivedAt: at }, TWILIO_ACTOR, 'sms');
    return { caseId: call.caseId, kind: 'position', joined: call.joined };
  }
  const open = await deps.store.cases.openCaseOf(callerHash(normalizeCaller(callerNumber)));
  const caseId =
    open ?? (await logCall(deps, { callerNumber, notes: text, receivedAt: at }, TWILIO_ACTOR, 'sms')).caseId;
  // The text goes on the append-only timeline even when it also became the notes, which operators may edit.
  await deps.store.cases.note(caseId, {
    type: 'message',
    actor: TWILIO_ACTOR.username,
    at,
    summary: `SMS from the caller: "${text.slice(0, 300)}${text.length > 300 ? '...' : ''}"`,
    data: { channel: 'sms', text },
  });
  const c = await loadCase(deps.store, caseId);
  if (c) deps.broadcast.caseChanged(c);
  return { caseId, kind: 'message', joined: open !== null };
}
