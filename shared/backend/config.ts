/**
 * The only reader of process.env. Validates everything once; `loadConfig` throws a ConfigError
 * listing every problem, so an operator fixes them all in one go.
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { DEVELOPMENT_AUDIT_KEY } from './store/audit-key';

const port = z.coerce.number().int().min(0).max(65535);
const optionalPort = z.preprocess((v) => (v === '' ? undefined : v), port.optional());
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const flag = z.preprocess(
  (v) => (v === '' || v === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(v).toLowerCase())),
  z.boolean().default(false),
);
const HOST_PORT = /^[^\s,:]+:\d{1,5}$/;

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_SENTINELS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((v) => v.split(',').every((p) => HOST_PORT.test(p.trim())), 'must be host:port,host:port,...')
      .optional(),
  ),
  REDIS_SENTINEL_NAME: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/)
      .default('mymaster'),
  ),
  REDIS_USERNAME: z.preprocess(blankToUndefined, z.string().optional()),
  REDIS_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  REDIS_SENTINEL_USERNAME: z.preprocess(blankToUndefined, z.string().optional()),
  REDIS_SENTINEL_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  REDIS_TLS: flag,
  REDIS_TLS_CA: z.preprocess(blankToUndefined, z.string().optional()),
  REDIS_WAIT_REPLICAS: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(16).optional()),
  REDIS_WAIT_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  HEALTH_MAX_WAIT_SECONDS: z.coerce.number().min(1).default(120),
  MATCH_SWEEP_SECONDS: z.coerce.number().min(0.2).default(60),
  JOB_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(2000),
  JOB_LOCK_SECONDS: z.coerce.number().min(1).max(600).default(30),
  HAVEN_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - only')
    .default('haven'),
  PORT: port.default(8080),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.preprocess(blankToUndefined, z.url().optional()),
  SESSION_SECRET: z.preprocess(blankToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  TWILIO_ACCOUNT_SID: z.preprocess(blankToUndefined, z.string().optional()),
  TWILIO_AUTH_TOKEN: z.preprocess(blankToUndefined, z.string().optional()),
  TWILIO_FROM: z.preprocess(blankToUndefined, z.string().optional()),
  TWILIO_API_URL: z.preprocess(blankToUndefined, z.url().optional()),
  AIS_TCP_PORT: optionalPort,
  AIS_UDP_PORT: optionalPort,
  AIS_FEED: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[^:\s]+:\d{1,5}$/, 'must be host:port')
      .optional(),
  ),
  RESCUE_MMSIS: z.string().default(''),
  AIS_STALE_MINUTES: z.coerce.number().min(0.1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  DOCKING_DEADLINE_MINUTES: z.coerce.number().min(0.01).default(30),
  HARBOURS_PER_ROUND: z.coerce.number().int().min(1).max(20).default(2),
  ESCALATION_VOICE_AFTER_MINUTES: z.coerce.number().min(0.01).default(5),
  ESCALATION_NEXT_CONTACT_MINUTES: z.coerce.number().min(0.01).default(10),
  ESCALATION_REMINDER_MINUTES: z.coerce.number().min(0).default(10),
  NOTIFY_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(2000),
  WEB_DIST: z.string().optional(),
  CASE_CODE_PREFIX: z
    .string()
    .regex(/^[A-Z]{1,8}$/, 'one to eight capital letters, such as AP')
    .default('HV'),
  METRICS_TOKEN: z.preprocess(blankToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  AUDIT_KEY: z.preprocess(blankToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .min(1)
    .max(7 * 24 * 60)
    .default(12 * 60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(30 * 24)
    .default(24),
  TRUST_PROXY: z.string().trim().default('loopback'),
  TILE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(
        /^https:\/\/[^/\s]+\/\S*$/,
        'must be an https:// URL template such as https://tile.example.org/{z}/{x}/{y}.png',
      )
      .optional(),
  ),
  TILE_ATTRIBUTION: z.string().max(300).default(''),
  LOGIN_LIMIT_ACCOUNT: z.coerce.number().int().min(1).default(10),
  LOGIN_LIMIT_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_LIMIT_OVERALL: z.coerce.number().int().min(1).default(300),
});

/** The login limiters: failed attempts allowed per account and per address (15 minutes), overall (per minute). */
export interface LoginLimits {
  account: number;
  address: number;
  overall: number;
}

/**
 * Express's `trust proxy` from TRUST_PROXY: `false`/`true`, a number of hops, or a comma-separated
 * list of addresses, CIDR ranges or the names `loopback`, `linklocal`, `uniquelocal`.
 */
export function parseTrustProxy(v: string): boolean | number | string {
  if (/^(false|no|off|0)$/i.test(v)) return false;
  if (/^(true|yes|on)$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** Where Redis is and how Haven talks to it (see shared/backend/redis.ts, the one connection factory). */
export interface RedisConfig {
  /** A single node (`redis://` or `rediss://`); unset with Sentinel. */
  url?: string;
  /** Sentinel addresses; when set, every connection asks them for the current primary of `sentinelName`. */
  sentinels?: { host: string; port: number }[];
  sentinelName: string;
  username?: string;
  password?: string;
  sentinelUsername?: string;
  sentinelPassword?: string;
  /** TLS to the data nodes and the sentinels (with a URL, `rediss://` says it). */
  tls: boolean;
  /** A CA certificate file for TLS, when Redis uses a private CA. */
  tlsCa?: string;
  /** Replicas that must confirm (WAIT) before a write is acknowledged; 0 = the primary's AOF alone. */
  waitReplicas: number;
  waitTimeoutMs: number;
  /** How long an API request waits on one Redis command before answering 503. */
  commandTimeoutMs: number;
}

/** Validated configuration shared by server and worker. */
export interface Config {
  env: 'development' | 'production' | 'test';
  /** The single-node URL, when Redis is given by URL (kept for the CLI's messages and tests). */
  redisUrl: string | undefined;
  /** Every Redis connection is made from this; undefined when neither REDIS_URL nor REDIS_SENTINELS is set. */
  redis: RedisConfig | undefined;
  prefix: string;
  port: number;
  host: string;
  publicUrl: string | undefined;
  sessionSecret: string;
  twilio: { accountSid: string; authToken: string; from: string; apiUrl?: string } | null;
  ais: { tcpPort?: number; udpPort?: number; feed?: string; rescueMmsis: string[]; staleMs: number };
  logLevel: string;
  retentionDays: number;
  dockingDeadlineMs: number;
  /** How long a worker holds a running job; a job whose worker died runs again after about this long. */
  jobLockMs: number;
  harboursPerRound: number;
  /** How a docking request escalates while nobody answers (see shared/backend/cases/escalation.ts). */
  escalation: { voiceAfterMs: number; nextContactMs: number; reminderBeforeMs: number };
  /** First retry delay of a notification that failed transiently (doubles on each attempt). */
  notifyBackoffMs: number;
  webDist: string | undefined;
  /** Bearer token for /metrics; without it /metrics answers this machine only. */
  metricsToken: string | undefined;
  /** The hotline's case-code prefix: case codes read `<prefix>0001-<year>`. */
  caseCodePrefix: string;
  /** /healthz turns unhealthy when a queue's oldest waiting job is older than this. */
  healthMaxWaitMs: number;
  /** How often a worker re-checks that every case promised matching has a live job. */
  matchSweepMs: number;
  /** First retry delay of a failed matching or deadline job (doubles on each attempt). */
  jobBackoffMs: number;
  /** Keys the hash chains of timelines and the audit log (a development key when unset outside production). */
  auditKey: string;
  /** A session ends after this long unused, and after sessionMaxMs whatever happens. */
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Express's `trust proxy`: which peers may tell the client's address in X-Forwarded-For. */
  trustProxy: boolean | number | string;
  /** An online tile layer (https URL template) the console may draw, and its credit line. */
  tiles: { url: string; attribution: string } | null;
  loginLimits: LoginLimits;
}

/** Configuration problems, one per line. */
export class ConfigError extends Error {}

/** Read and validate the environment (or a given record, for tests). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production') {
    if (!e.REDIS_URL && !e.REDIS_SENTINELS)
      problems.push('  REDIS_URL: required in production (or REDIS_SENTINELS and REDIS_SENTINEL_NAME)');
    if (!e.SESSION_SECRET) problems.push('  SESSION_SECRET: required in production (32+ random characters)');
    if (!e.AUDIT_KEY)
      problems.push('  AUDIT_KEY: required in production (32+ random characters; keep it to verify the audit log)');
  }
  const twilioParts = [e.TWILIO_ACCOUNT_SID, e.TWILIO_AUTH_TOKEN, e.TWILIO_FROM];
  if (twilioParts.some(Boolean) && !twilioParts.every(Boolean)) {
    problems.push('  TWILIO_*: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM together');
  }
  if (e.REDIS_WAIT_TIMEOUT_MS >= e.REDIS_COMMAND_TIMEOUT_MS)
    problems.push('  REDIS_WAIT_TIMEOUT_MS: must be shorter than REDIS_COMMAND_TIMEOUT_MS');
  if (e.REDIS_URL && e.REDIS_SENTINELS) problems.push('  REDIS_SENTINELS: set either REDIS_URL or REDIS_SENTINELS');
  if (problems.length) throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  return {
    env: e.NODE_ENV,
    redisUrl: e.REDIS_URL,
    redis: redisConfig(e),
    prefix: e.HAVEN_PREFIX,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    // Outside production a per-process secret is fine: sessions are stored in Redis, the secret only keys HMACs.
    sessionSecret: e.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    twilio:
      e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
        ? {
            accountSid: e.TWILIO_ACCOUNT_SID,
            authToken: e.TWILIO_AUTH_TOKEN,
            from: e.TWILIO_FROM,
            apiUrl: e.TWILIO_API_URL,
          }
        : null,
    ais: {
      tcpPort: e.AIS_TCP_PORT,
      udpPort: e.AIS_UDP_PORT,
      feed: e.AIS_FEED,
      rescueMmsis: e.RESCUE_MMSIS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      staleMs: Math.round(e.AIS_STALE_MINUTES * 60_000),
    },
    logLevel: e.LOG_LEVEL,
    retentionDays: e.RETENTION_DAYS,
    dockingDeadlineMs: Math.round(e.DOCKING_DEADLINE_MINUTES * 60_000),
    harboursPerRound: e.HARBOURS_PER_ROUND,
    escalation: {
      voiceAfterMs: Math.round(e.ESCALATION_VOICE_AFTER_MINUTES * 60_000),
      nextContactMs: Math.round(e.ESCALATION_NEXT_CONTACT_MINUTES * 60_000),
      reminderBeforeMs: Math.round(e.ESCALATION_REMINDER_MINUTES * 60_000),
    },
    notifyBackoffMs: e.NOTIFY_BACKOFF_MS,
    webDist: e.WEB_DIST,
    metricsToken: e.METRICS_TOKEN,
    caseCodePrefix: e.CASE_CODE_PREFIX,
    healthMaxWaitMs: Math.round(e.HEALTH_MAX_WAIT_SECONDS * 1000),
    matchSweepMs: Math.round(e.MATCH_SWEEP_SECONDS * 1000),
    jobBackoffMs: e.JOB_BACKOFF_MS,
    jobLockMs: Math.round(e.JOB_LOCK_SECONDS * 1000),
    auditKey: e.AUDIT_KEY ?? DEVELOPMENT_AUDIT_KEY,
    sessionIdleMs: Math.round(e.SESSION_IDLE_MINUTES * 60_000),
    sessionMaxMs: Math.round(e.SESSION_MAX_HOURS * 3_600_000),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    tiles: e.TILE_URL ? { url: e.TILE_URL, attribution: e.TILE_ATTRIBUTION } : null,
    loginLimits: { account: e.LOGIN_LIMIT_ACCOUNT, address: e.LOGIN_LIMIT_ADDRESS, overall: e.LOGIN_LIMIT_OVERALL },
  };
}

function redisConfig(e: z.output<typeof EnvSchema>): RedisConfig | undefined {
  if (!e.REDIS_URL && !e.REDIS_SENTINELS) return undefined;
  const sentinels = e.REDIS_SENTINELS?.split(',').map((p) => {
    const [host, port] = p.trim().split(':');
    return { host: host!, port: Number(port) };
  });
  return {
    url: e.REDIS_URL,
    sentinels,
    sentinelName: e.REDIS_SENTINEL_NAME,
    username: e.REDIS_USERNAME,
    password: e.REDIS_PASSWORD,
    sentinelUsername: e.REDIS_SENTINEL_USERNAME,
    sentinelPassword: e.REDIS_SENTINEL_PASSWORD,
    tls: e.REDIS_TLS,
    tlsCa: e.REDIS_TLS_CA,
    // With Sentinel there are replicas by definition: an acknowledgement waits for one of them.
    waitReplicas: e.REDIS_WAIT_REPLICAS ?? (sentinels ? 1 : 0),
    waitTimeoutMs: e.REDIS_WAIT_TIMEOUT_MS,
    commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
  };
}
