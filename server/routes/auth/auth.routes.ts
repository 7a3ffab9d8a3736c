import type { Response } from 'express';
import type { authApi } from '../../../shared/api/auth';
import { UnauthenticatedError, RateLimitedError } from '../../../shared/backend/errors';
import { publicUser } from '../../../shared/backend/store/users.store';
import { DUMMY_HASH, verifyPassword } from '../../auth/password';
import type { Deps } from '../../deps';
import { SESSION_COOKIE } from '../../http/auth';
import type { Handlers } from '../handler';

const MAX_FAILURES = 10;
const SESSION_MS = 12 * 3600 * 1000;

function setCookie(deps: Deps, res: Response, value: string): void {
  const secure = deps.config.publicUrl?.startsWith('https:') ?? false;
  res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_MS });
}

/** Login, logout and "who am I". */
export const authHandlers: Handlers<typeof authApi> = {
  'auth.login': async ({ deps, body, req, res }) => {
    const throttleKey = `${body.username.toLowerCase()}|${req.ip}`;
    if ((await deps.store.sessions.failures(throttleKey)) >= MAX_FAILURES) {
      throw new RateLimitedError('too_many_attempts', 'too many failed logins; wait 15 minutes', 15 * 60);
    }
    const user = await deps.store.users.byUsername(body.username);
    const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      await deps.store.sessions.loginFailure(throttleKey);
      throw new UnauthenticatedError('bad_credentials', 'wrong username or password');
    }
    const { sid, session } = await deps.store.sessions.create(user.id);
    setCookie(deps, res, sid);
    deps.log.info({ component: 'auth', userId: user.id, role: user.role }, 'login');
    return { user: publicUser(user), csrfToken: session.csrfToken };
  },

  'auth.me': async ({ auth }) => ({ user: publicUser(auth.user), csrfToken: auth.session.csrfToken }),

  'auth.logout': async ({ deps, auth, res }) => {
    if (auth) {
      await deps.store.sessions.destroy(auth.sid);
      deps.broadcast.endSession(deps.store.sessions.idOf(auth.sid));
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  },
};
