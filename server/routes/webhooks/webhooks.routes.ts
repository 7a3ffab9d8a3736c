import type { systemApi } from '../../../shared/api/system';
import { smsWebhook } from '../../webhooks/sms.route';
import { statusWebhook } from '../../webhooks/status.route';
import { voiceWebhook } from '../../webhooks/voice.route';
import type { Handlers } from '../handler';

type WebhookApi = Pick<typeof systemApi, 'webhooks.voice' | 'webhooks.sms' | 'webhooks.status'>;

/** Twilio's way in: the signature was checked where /webhooks/twilio is mounted, before any of these. */
export const webhookHandlers: Handlers<WebhookApi> = {
  'webhooks.voice': async ({ deps, body, query, req }) => voiceWebhook(deps, body, query, req.originalUrl),
  'webhooks.sms': async ({ deps, body }) => smsWebhook(deps, body),
  'webhooks.status': async ({ deps, body, query }) => statusWebhook(deps, body, query),
};
