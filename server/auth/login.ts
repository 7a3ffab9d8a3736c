import { ForbiddenError, UnauthenticatedError } from '../../shared/backend/errors';
import type { Session } from '../../shared/backend/store/sessions.store';
import type { UserRecord } from '../../shared/backend/store/users.store';
import type { Deps } from '../deps';
import { LoginLimited } from './login-limiter';
import { DUMMY_HASH, verifyPassword } from './password';

/** A successful login: the user, the cookie value and the new session. */
export interface LoggedIn {
  user: UserRecord;
  sid: string;
  session: Session;
}

/**
 * Log in: the attempt is counted by the limiters first (429 with Retry-After when over a limit,
 * before any password hash is computed), then the password is checked (against a dummy hash for
 * an unknown name, so timing does not tell names apart), then the session starts with the user's
 * current session epoch. Successes and failures go on the audit log; a lock only once.
 */
export async function login(
  deps: Deps,
  username: string,
  password: string,
  client: { address: string; agent: string },
): Promise<LoggedIn> {
  const { store } = deps;
  let admission;
  try {
    admission = await deps.loginLimiter.admit(username, client.address);
  } catch (err) {
    if (err instanceof LoginLimited && err.firstRefusal)
      await store.audit.record({
        type: 'login-refused',
        actor: 'anonymous',
        summary: `logins refused: too many failed attempts (${err.limit} limit), locked for ${err.retryAfterSeconds} s`,
        data: { limit: err.limit, address: client.address, retryAfterSeconds: err.retryAfterSeconds },
      });
    throw err;
  }
  const user = await store.users.byUsername(username);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    // The attempted name is recorded only when it is a user's: a password typed into the name
    // field must not land in the log.
    await store.audit.record({
      type: 'login-failed',
      actor: user?.username ?? 'anonymous',
      summary: user ? `wrong password for ${user.username}` : 'login with an unknown username',
      data: { userId: user?.id ?? null, address: client.address },
    });
    throw new UnauthenticatedError('bad_credentials', 'wrong username or password');
  }
  await admission.succeeded();
  if (user.disabled) {
    await store.audit.record({
      type: 'login-refused',
      actor: user.username,
      summary: `login refused: ${user.username} is disabled`,
      data: { userId: user.id, address: client.address },
    });
    throw new ForbiddenError('this account is disabled; ask an administrator', 'account_disabled');
  }
  const { sid, session } = await store.sessions.create(user.id, user.sessionEpoch ?? 0, client);
  await store.audit.record({
    type: 'login',
    actor: user.username,
    summary: `${user.username} logged in (${user.role})`,
    data: { userId: user.id, role: user.role, address: client.address, session: session.id.slice(0, 12) },
  });
  deps.log.info({ component: 'auth', userId: user.id, role: user.role }, 'login');
  return { user, sid, session };
}
