/** Health, metrics, the API description itself, and Twilio's webhooks. */
import * as z from 'zod';
import { endpoint } from './endpoint';
import { SmsParams, StatusParams, StatusQuery, VoiceParams, VoiceQuery } from './twilio-params';

/** What /healthz answers. */
export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  redis: z.object({ ok: z.boolean(), latencyMs: z.number().optional(), error: z.string().optional() }),
  queues: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

const TWILIO = 'Signed by Twilio (`X-Twilio-Signature` over PUBLIC_URL), else 403; form-encoded.';

/** The system endpoints. */
export const systemApi = {
  'system.health': endpoint({
    method: 'get',
    path: '/healthz',
    tag: 'System',
    callers: 'anyone',
    status: 200,
    summary: 'Health: Redis reachable, queue depths (503 when Redis is not)',
    response: Health,
  }),
  'system.metrics': endpoint({
    method: 'get',
    path: '/metrics',
    tag: 'System',
    callers: 'monitoring',
    status: 200,
    produces: 'text/plain',
    summary: 'Prometheus metrics (no personal data)',
  }),
  'system.openapi': endpoint({
    method: 'get',
    path: '/api/openapi.json',
    tag: 'System',
    callers: 'anyone',
    status: 200,
    summary: 'This API as OpenAPI 3.1, generated from the route table',
    response: z.record(z.string(), z.unknown()),
  }),
  'system.docs': endpoint({
    method: 'get',
    path: '/api/docs',
    tag: 'System',
    callers: 'anyone',
    status: 200,
    produces: 'text/html',
    summary: 'This API as a readable page',
  }),
  'webhooks.voice': endpoint({
    method: 'post',
    path: '/webhooks/twilio/voice',
    tag: 'Twilio webhooks',
    callers: 'twilio',
    status: 200,
    produces: 'text/xml',
    summary: 'An inbound call (rings the operators on shift), or with `?request=` a keypress answering a docking call',
    description: TWILIO,
    bodyType: 'form',
    body: VoiceParams,
    query: VoiceQuery,
  }),
  'webhooks.sms': endpoint({
    method: 'post',
    path: '/webhooks/twilio/sms',
    tag: 'Twilio webhooks',
    callers: 'twilio',
    status: 200,
    produces: 'text/xml',
    summary: "An inbound SMS: a harbour's reply (`YES 40`, `NO D-000042-lampedusa`) or a caller's position or message",
    description: TWILIO,
    bodyType: 'form',
    body: SmsParams,
  }),
  'webhooks.status': endpoint({
    method: 'post',
    path: '/webhooks/twilio/status',
    tag: 'Twilio webhooks',
    callers: 'twilio',
    status: 204,
    summary: 'Delivery status of an SMS or call to a harbour (`?n=` names the notification)',
    description: TWILIO,
    bodyType: 'form',
    body: StatusParams,
    query: StatusQuery,
  }),
} as const;
