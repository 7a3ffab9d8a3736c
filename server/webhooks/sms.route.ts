import { normalizeCaller } from '../../shared/phone';
import { answerHarbourSms } from '../cases/answer-harbour-sms';
import { harboursByPhone } from '../cases/harbours-by-phone';
import { receiveCallerSms } from '../cases/receive-caller-sms';
import type { Deps } from '../deps';
import { callerNumberOf } from './caller-id';
import { parseHarbourReply } from './harbour-reply';
import { once } from './once';
import { harbourReplyText, smsTwiml } from './sms-replies';
import type { SmsParams } from '../../shared/api/twilio-params';

/**
 * POST /webhooks/twilio/sms: from a harbour contact's number, an answer to a docking request;
 * from anyone else, a caller's position or message. Each MessageSid is handled once: a replay
 * stores nothing and answers nothing.
 */
export async function smsWebhook(deps: Deps, p: SmsParams): Promise<string> {
  return once(
    deps,
    p.MessageSid,
    () => handleSms(deps, p),
    () => smsTwiml(),
  );
}

async function handleSms(deps: Deps, p: SmsParams): Promise<string> {
  const from = normalizeCaller(p.From).e164;
  const harbours = from ? await harboursByPhone(deps.store, from) : [];
  if (from && harbours.length) {
    const reply = parseHarbourReply(p.Body);
    const outcome = reply
      ? await answerHarbourSms(deps, harbours, from, { answer: reply.answer, places: reply.places }, reply.requestId)
      : null;
    deps.log.info(
      { component: 'webhooks', harbourIds: harbours.map((h) => h.id), outcome: outcome?.kind ?? 'not-understood' },
      'harbour SMS reply',
    );
    return smsTwiml(harbourReplyText(outcome));
  }
  // A docking reply from a number that is no harbour contact is recorded for the operators, but
  // never read as a position: "Y 40 D-000001-lampedusa" would parse as 40N 0E.
  const namesRequest = parseHarbourReply(p.Body)?.requestId !== undefined;
  const sms = await receiveCallerSms(deps, callerNumberOf(p.From, p.MessageSid), p.Body, {
    readPosition: !namesRequest,
  });
  deps.log.info(
    { component: 'webhooks', caseId: sms.caseId, kind: sms.kind, joined: sms.joined },
    'caller SMS received',
  );
  // No auto-reply: an SMS back could cost a satellite caller credit they need for the next call.
  return smsTwiml();
}
