import type { DockingAnswerInput } from '../../shared/domain/docking-request';
import { answerDockingRemotely } from '../cases/answer-docking-remotely';
import { logCall } from '../cases/log-call';
import { operatorPhones } from '../cases/operators-on-shift';
import { TWILIO_ACTOR } from '../cases/system-actors';
import type { Deps } from '../deps';
import { callerNumberOf } from './caller-id';
import { once } from './once';
import type { VoiceParams, VoiceQuery } from '../../shared/api/twilio-params';
import { signedUrl } from './twilio-signature';
import { keypressPrompt, keypressResult, ringOperators } from './voice-twiml';

const KEYS = new Map<string, DockingAnswerInput['answer']>([
  ['1', 'accept'],
  ['2', 'decline'],
]);

/**
 * POST /webhooks/twilio/voice: an inbound distress call, or (with `?request=`) a keypress on a
 * docking call. Answers TwiML.
 */
export async function voiceWebhook(
  deps: Deps,
  params: VoiceParams,
  query: VoiceQuery,
  originalUrl: string,
): Promise<string> {
  const { request } = query;
  // A replayed inbound call is not logged again, and its answer rings nobody: the TwiML would go to
  // whoever replayed it, and would tell them the operators' numbers.
  if (!request)
    return once(
      deps,
      params.CallSid,
      () => inboundCall(deps, params),
      () => ringOperators([]),
    );
  const answer = KEYS.get(params.Digits ?? '');
  if (!answer) return keypressPrompt(signedUrl(deps.config.publicUrl ?? '', originalUrl));
  return once(
    deps,
    `${params.CallSid}:${request}`,
    async () => keypressResult(await answerDockingRemotely(deps, request, { answer }, 'phone')),
    () => keypressResult({ kind: 'unknown' }),
  );
}

/**
 * Record the call on its case and ring the operators. The operators are rung even when recording
 * fails: a distress call must never end in an application error.
 */
async function inboundCall(deps: Deps, p: VoiceParams): Promise<string> {
  await logCall(deps, { callerNumber: callerNumberOf(p.From, p.CallSid) }, TWILIO_ACTOR, 'voice').catch(
    (err: unknown) =>
      deps.log.error(
        { component: 'webhooks', callSid: p.CallSid, err: (err as Error).message },
        'inbound call NOT recorded; ringing operators anyway',
      ),
  );
  const phones = await operatorPhones(deps.store).catch(() => []);
  return ringOperators(phones);
}
