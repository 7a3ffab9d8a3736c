/** Health, metrics, the API description itself, and Twilio's webhooks. */
import * as z from 'zod';
import { endpoint } from './endpoint';
import { SmsParams, StatusParams, StatusQuery, VoiceParams, VoiceQuery } from './twilio-params';

const LiveProcess = z.object({
  id: z.string(),
  host: z.string(),
  pid: z.number(),
  startedAt: z.string(),
  lastSeenMs: z.number(),
});

/** What /healthz answers: 200 when `status` is `ok`, else 503 with `error` and `message`. */
export const Health = z.object({
  status: z.enum(['ok', 'unhealthy', 'unavailable']),
  error: z.enum(['store_unavailable', 'unhealthy']).optional(),
  message: z.string().optional(),
  problems: z.array(z.string()).optional(),
  redis: z.object({
    ok: z.boolean(),
    latencyMs: z.number().optional(),
    error: z.string().optional(),
    role: z.string().optional(),
    replicas: z.number().optional(),
    waitReplicas: z.number().optional(),
  }),
  /** Per queue: waiting, active, delayed, failed, and the age of the oldest waiting job. */
  queues: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  /** The live processes of each role, from their heartbeats. */
  processes: z.object({ server: z.array(LiveProcess), worker: z.array(LiveProcess) }).optional(),
  /** The worker running the AIS feed listeners and clients (one per deployment, by lease). */
  ais: z.object({ holder: z.string().nullable(), expiresInMs: z.number().nullable() }).optional(),
});
/** What /healthz answers. */
export type Health = z.infer<typeof Health>;

const TWILIO = 'Signed by Twilio (`X-Twilio-Signature` over PUBLIC_URL), else 403; form-encoded.';

/** The system endpoints. */
export const systemApi = {
  'system.health': endpoint({
    method: 'get',
    path: '/healthz',
    tag: 'System',
    callers: 'anyone',
    status: 200,
    summary: 'Health: Redis, queues, live servers and workers, the AIS feeds holder (503 when unhealthy)',
    description:
      '503 `store_unavailable` when Redis cannot be reached; 503 `unhealthy` when no worker is alive, a ' +
      "queue's oldest waiting job is older than HEALTH_MAX_WAIT_SECONDS, or fewer replicas are connected than " +
      'acknowledgements wait for.',
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
