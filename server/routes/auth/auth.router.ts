import { Router, type Response } from 'express';
import { LoginInput } from '../../../shared/domain/user';
import type { Deps } from '../../deps';
import { DUMMY_HASH, verifyPassword } from '../../auth/password';
import { SESSION_COOKIE, who } from '../../http/auth';
import { HttpError } from '../../http/errors';
import { publicUser } from '../../../shared/backend/store/users.store';

const MAX_FAILURES = 10;

/** Login, logout and "who am I". */
export function authRouter(deps: Deps): Router {
  const r = Router();
  const secure = deps.config.publicUrl?.startsWith('https:') ?? false;
  const setCookie = (res: Response, value: string, maxAge: number) =>
    res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge });

  r.post('/login', async (req, res) => {
    const input = LoginInput.parse(req.body);
    const throttleKey = `${input.username.toLowerCase()}|${req.ip}`;
    if ((await deps.store.sessions.failures(throttleKey)) >= MAX_FAILURES) {
      throw new HttpError(429, 'too_many_attempts', 'too many failed logins; wait 15 minutes');
    }
    const user = await deps.store.users.byUsername(input.username);
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      await deps.store.sessions.loginFailure(throttleKey);
      throw new HttpError(401, 'bad_credentials', 'wrong username or password');
    }
    const { sid, session } = await deps.store.sessions.create(user.id);
    setCookie(res, sid, 12 * 3600 * 1000);
    deps.log.info({ component: 'auth', userId: user.id, role: user.role }, 'login');
    res.json({ user: publicUser(user), csrfToken: session.csrfToken });
  });

  r.get('/me', (req, res) => {
    const auth = who(req);
    res.json({ user: publicUser(auth.user), csrfToken: auth.session.csrfToken });
  });

  r.post('/logout', async (req, res) => {
    if (req.auth) {
      await deps.store.sessions.destroy(req.auth.sid);
      deps.broadcast.endSession(deps.store.sessions.idOf(req.auth.sid));
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  return r;
}
