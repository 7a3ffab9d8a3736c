import { Router } from 'express';
import type { Deps } from '../deps';
import { notFound } from '../http/errors';
import { formBody } from './form-body';
import { smsRoute } from './sms.route';
import { statusRoute } from './status.route';
import { verifyTwilioSignature, webhooksConfigured } from './twilio-signature';
import { voiceRoute } from './voice.route';

/**
 * /webhooks/twilio: no session and no CSRF token; instead every request must carry Twilio's
 * signature over PUBLIC_URL, checked before any handler runs (403 otherwise, and 403 for all when
 * the signature cannot be checked).
 */
export function twilioRouter(deps: Deps): Router {
  const r = Router();
  r.use(webhooksConfigured(deps.config), ...formBody, verifyTwilioSignature(deps.config, deps.log));
  r.post('/voice', voiceRoute(deps));
  r.post('/sms', smsRoute(deps));
  r.post('/status', statusRoute(deps));
  r.use(notFound);
  return r;
}
