import twilio from 'twilio';
import type { HarbourSmsOutcome } from '../cases/answer-harbour-sms';
import { ALREADY_PLACED } from '../cases/answer-docking';

const SYNTAX = 'Reply YES <places> <request id> or NO <request id>.';

/** TwiML for an SMS webhook: one reply message, or none (an empty <Response/>). */
export function smsTwiml(reply?: string): string {
  const r = new twilio.twiml.MessagingResponse();
  if (reply) r.message(reply);
  return r.toString();
}

/** The reply a harbour contact gets to its SMS (`null`: the text was not a clear yes or no). */
export function harbourReplyText(outcome: HarbourSmsOutcome | null): string {
  if (!outcome) return `HAVEN: answer not understood. ${SYNTAX}`;
  switch (outcome.kind) {
    case 'answered': {
      const r = outcome.request;
      return r.status === 'accepted'
        ? `HAVEN: ${r.id} ACCEPTED${r.places !== null ? ` for ${r.places} places` : ''}. ` +
            'Thank you, the hotline will contact you.'
        : `HAVEN: ${r.id} declined. Thank you, another harbour will be asked.`;
    }
    case 'already-answered':
      return `HAVEN: ${outcome.request.id} was already ${outcome.request.status}; nothing changed.`;
    case 'already-placed':
      return `HAVEN: ${outcome.request.id}: ${ALREADY_PLACED}`;
    case 'unknown':
      return `HAVEN: no such docking request for your harbour. ${SYNTAX}`;
    case 'none-pending':
      return 'HAVEN: your harbour has no pending docking request.';
    case 'not-delivered':
      return (
        `HAVEN: which request do you answer? Pending: ${outcome.requestIds.join(', ')}. ` + `Include the id: ${SYNTAX}`
      );
    case 'several-pending':
      return (
        `HAVEN: you have ${outcome.requestIds.length} pending requests (${outcome.requestIds.join(', ')}). ` +
        `Include the id: ${SYNTAX}`
      );
  }
}
