import type { RequestHandler } from 'express';
import type { DockingAnswerInput } from '../../shared/domain/docking-request';
import { answerDockingRemotely } from '../cases/answer-docking-remotely';
import { logCall } from '../cases/log-call';
import { operatorPhones } from '../cases/operators-on-shift';
import { TWILIO_ACTOR } from '../cases/system-actors';
import type { Deps } from '../deps';
import { callerNumberOf } from './caller-id';
import { VoiceParams, VoiceQuery } from './twilio-params';
import { signedUrl } from './twilio-signature';
import { keypressPrompt, keypressResult, ringOperators } from './voice-twiml';

const KEYS = new Map<string, DockingAnswerInput['answer']>([['1', 'accept'], ['2', 'decline']]);

/** POST /webhooks/twilio/voice: an inbound distress call, or (with `?request=`) a keypress on a docking call. */
export function voiceRoute(deps: Deps): RequestHandler {
  return async (req, res) => {
    const params = VoiceParams.parse(req.body ?? {});
    const { request } = VoiceQuery.parse(req.query);
    let twiml: string;
    if (request) {
      const answer = KEYS.get(params.Digits ?? '');
      twiml = answer
        ? keypressResult(await answerDockingRemotely(deps, request, { answer }, 'phone'))
        : keypressPrompt(signedUrl(deps.config.publicUrl ?? '', req.originalUrl));
    } else {
      twiml = await inboundCall(deps, params);
    }
    res.type('text/xml').send(twiml);
  };
}

/**
 * Record the call on its case and ring the operators. The operators are rung even when recording
 * fails: a distress call must never end in an application error.
 */
async function inboundCall(deps: Deps, p: VoiceParams): Promise<string> {
  await logCall(deps, { callerNumber: callerNumberOf(p.From, p.CallSid) }, TWILIO_ACTOR, 'voice')
    .catch((err: unknown) => deps.log.error({ component: 'webhooks', callSid: p.CallSid, err: (err as Error).message }, 'inbound call NOT recorded; ringing operators anyway'));
  const phones = await operatorPhones(deps.store).catch(() => []);
  return ringOperators(phones);
}
