import type { Response } from 'express';
import type { authApi } from '../../../shared/api/auth';
import { publicUser } from '../../../shared/backend/store/users.store';
import { login } from '../../auth/login';
import type { Deps } from '../../deps';
import { SESSION_COOKIE } from '../../http/auth';
import type { Handlers } from '../handler';

/** The cookie lives exactly as long as the session can (its absolute lifetime); idleness may end it sooner. */
function setCookie(deps: Deps, res: Response, value: string): void {
  const secure = deps.config.publicUrl?.startsWith('https:') ?? false;
  const maxAge = deps.store.sessions.lifetimes.maxMs;
  res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge });
}

/** Login, logout and "who am I". */
export const authHandlers: Handlers<typeof authApi> = {
  'auth.login': async ({ deps, body, req, res }) => {
    const client = { address: req.ip ?? '', agent: String(req.get('user-agent') ?? '') };
    const { user, sid, session } = await login(deps, body.username, body.password, client);
    setCookie(deps, res, sid);
    return { user: publicUser(user), csrfToken: session.csrfToken };
  },

  'auth.me': async ({ auth }) => ({ user: publicUser(auth.user), csrfToken: auth.session.csrfToken }),

  // A session and the CSRF token (checked before this runs): a page elsewhere cannot log anyone out.
  'auth.logout': async ({ deps, auth, res }) => {
    await deps.store.sessions.end(auth.session.id);
    deps.broadcast.endSession(auth.session.id);
    await deps.store.audit.record({
      type: 'logout',
      actor: auth.user.username,
      summary: `${auth.user.username} logged out`,
      data: { userId: auth.user.id },
    });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  },
};
