import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Callers } from '../../shared/api/endpoint';
import type { Config } from '../../shared/backend/config';
import type { Role } from '../../shared/domain/user';
import type { Store } from '../../shared/backend/store';
import type { Session } from '../../shared/backend/store/sessions.store';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { HttpError } from './errors';

/** The session cookie's name. */
export const SESSION_COOKIE = 'haven_sid';

/** Who is calling, once the session is known. */
export interface Auth {
  user: UserRecord;
  session: Session;
  sid: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: Auth;
  }
}

/** Read one cookie from a Cookie header without a dependency: the format is simple and we need one name. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/**
 * Resolve a session cookie to its session and user (shared by HTTP and socket.io). A session of
 * a disabled user, or one opened before the user last changed (its epoch is older), is ended here
 * whatever else happened to it: revocation holds even if ending the sessions was interrupted.
 */
export async function authenticate(store: Store, cookieHeader: string | undefined): Promise<Auth | null> {
  const sid = readCookie(cookieHeader, SESSION_COOKIE);
  if (!sid) return null;
  const session = await store.sessions.get(sid);
  if (!session) return null;
  const user = await store.users.get(session.userId);
  if (!user || user.disabled || session.epoch !== (user.sessionEpoch ?? 0)) {
    await store.sessions.end(session.id);
    return null;
  }
  return { user, session, sid };
}

/** Attach `req.auth` when the request carries a valid session cookie. */
export function sessionMiddleware(store: Store): RequestHandler {
  return async (req, _res, next) => {
    req.auth = (await authenticate(store, req.headers.cookie)) ?? undefined;
    next();
  };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function csrfOk(req: Request, auth: Auth): boolean {
  const sent = Buffer.from(String(req.get('x-csrf-token') ?? ''));
  const expected = Buffer.from(auth.session.csrfToken);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** 401 without a session; 403 for a role not listed or a state-changing request without the CSRF token. */
export function allow(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const auth = req.auth;
    if (!auth) throw new HttpError(401, 'unauthenticated', 'log in first');
    if (!SAFE.has(req.method) && !csrfOk(req, auth))
      throw new HttpError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header');
    if (!roles.includes(auth.user.role))
      throw new HttpError(403, 'forbidden', `your role (${auth.user.role}) may not do this`);
    next();
  };
}

const pass: RequestHandler = (_req, _res, next) => next();

const anySession: RequestHandler = (req, _res, next) => {
  const auth = req.auth;
  if (!auth) throw new HttpError(401, 'unauthenticated', 'log in first');
  if (!SAFE.has(req.method) && !csrfOk(req, auth))
    throw new HttpError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header');
  next();
};

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Monitoring: a bearer token when METRICS_TOKEN is set, else only from this machine. */
function monitoring(config: Config): RequestHandler {
  return (req, _res, next) => {
    if (config.metricsToken) {
      const sent = Buffer.from(req.get('authorization') ?? '');
      const expected = Buffer.from(`Bearer ${config.metricsToken}`);
      if (sent.length !== expected.length || !timingSafeEqual(sent, expected))
        throw new HttpError(401, 'unauthenticated', 'send Authorization: Bearer <METRICS_TOKEN>');
    } else if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      throw new HttpError(
        403,
        'forbidden',
        'metrics are served to this machine only; set METRICS_TOKEN to scrape from elsewhere',
      );
    }
    next();
  };
}

/**
 * The access check of one row of the route table. Twilio's signature is checked where its
 * webhooks are mounted (before the form body reaches any route), so a row only says so.
 */
export function allowCallers(callers: Callers, config: Config): RequestHandler {
  if (callers === 'anyone' || callers === 'twilio') return pass;
  if (callers === 'session') return anySession;
  if (callers === 'monitoring') return monitoring(config);
  return allow(...callers);
}

/** The caller, for handlers behind `allow` (which guarantees it). */
export function who(req: Request): Auth {
  if (!req.auth) throw new HttpError(401, 'unauthenticated', 'log in first');
  return req.auth;
}
