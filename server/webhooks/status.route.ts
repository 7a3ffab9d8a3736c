import { recordDelivery } from '../cases/record-delivery';
import type { Deps } from '../deps';
import { HttpError } from '../http/errors';
import { parseNotificationId } from '../../shared/domain/ids';
import type { StatusParams, StatusQuery } from '../../shared/api/twilio-params';
import { deliveryOutcome } from './twilio-status';

/** POST /webhooks/twilio/status?n=<notification id>: what became of an SMS or call to a harbour. 204. */
export async function statusWebhook(deps: Deps, p: StatusParams, { n }: StatusQuery): Promise<void> {
  const job = parseNotificationId(n);
  if (!job) throw new HttpError(400, 'invalid_query', 'n: not a Haven notification id');
  const providerStatus = (p.MessageStatus ?? p.CallStatus) as string;
  const outcome = deliveryOutcome(providerStatus);
  // A withdrawal notice's fate changes nothing: the request is closed either way.
  if (job.kind !== 'request')
    deps.log.info({ component: 'webhooks', notificationId: n, providerStatus }, 'withdrawal or reminder status');
  else if (outcome) await recordDelivery(deps, job, { outcome, providerStatus, errorCode: p.ErrorCode });
  else deps.log.warn({ component: 'webhooks', notificationId: n, providerStatus }, 'unknown Twilio status ignored');
}
