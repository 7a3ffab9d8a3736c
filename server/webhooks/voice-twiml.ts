import twilio from 'twilio';
import type { RemoteAnswer } from '../cases/answer-docking-remotely';
import { ALREADY_PLACED } from '../cases/answer-docking';

const { VoiceResponse } = twilio.twiml;

/** How long the operators' phones ring before the caller hears the fallback. */
export const DIAL_TIMEOUT_SECONDS = 25;

// Twilio goes on to this whenever the dialled call ends, answered or not, so it must make sense
// after a conversation too.
const FALLBACK = [
  {
    language: 'en-GB',
    text:
      'This is the Haven rescue hotline. Your call is registered. ' +
      'If nobody answered, the hotline will call you back as soon as possible. Stay on this number.',
  },
  {
    language: 'fr-FR',
    text:
      "Ici la ligne d'urgence Haven. Votre appel est enregistré. " +
      "Si personne n'a répondu, la ligne d'urgence vous rappellera dès que possible. Restez joignable à ce numéro.",
  },
] as const;

/**
 * Ring every operator on shift at once (the first to pick up takes the call), then the spoken
 * fallback. With nobody to ring, only the fallback.
 */
export function ringOperators(phones: string[]): string {
  const r = new VoiceResponse();
  if (phones.length) {
    // answerOnBridge: the caller hears ringing, and a satellite caller pays nothing, until someone picks up.
    const dial = r.dial({ timeout: DIAL_TIMEOUT_SECONDS, answerOnBridge: true });
    for (const phone of phones) dial.number(phone);
  }
  for (const f of FALLBACK) r.say({ language: f.language }, f.text);
  return r.toString();
}

/** Ask (again) for the keypress that answers a docking call. */
export function keypressPrompt(action: string): string {
  const r = new VoiceResponse();
  r.gather({ numDigits: 1, action, method: 'POST' }).say(
    { language: 'en-GB' },
    'Press 1 to accept the docking request, 2 to decline it.',
  );
  r.say({ language: 'en-GB' }, 'No answer received. Goodbye.');
  return r.toString();
}

/** What the harbour hears after pressing 1 or 2. */
export function keypressResult(outcome: RemoteAnswer): string {
  const r = new VoiceResponse();
  r.say({ language: 'en-GB' }, keypressSentence(outcome));
  r.hangup();
  return r.toString();
}

function keypressSentence(outcome: RemoteAnswer): string {
  switch (outcome.kind) {
    case 'answered':
      return outcome.request.status === 'accepted'
        ? 'Thank you. You accepted the docking request' +
            `${outcome.request.places !== null ? ` for ${outcome.request.places} people` : ''}. ` +
            'The hotline will contact you.'
        : 'Thank you. You declined the docking request. Another harbour will be asked.';
    case 'already-answered':
      return `This docking request was already ${outcome.request.status}. Nothing was changed. Goodbye.`;
    case 'already-placed':
      return `${ALREADY_PLACED} Goodbye.`;
    case 'unknown':
      return 'This docking request is not known. Nothing was changed. Goodbye.';
  }
}
