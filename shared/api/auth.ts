/** Logging in and out. */
import * as z from 'zod';
import { LoginInput, PublicUser } from '../domain/user';
import { endpoint } from './endpoint';

/** What login and /me answer: the user and the CSRF token for state-changing requests. */
export const SessionBody = z.object({ user: PublicUser, csrfToken: z.string() }).meta({ id: 'Session' });
/** What login and /me answer. */
export type SessionBody = z.infer<typeof SessionBody>;

/** The auth endpoints. */
export const authApi = {
  'auth.login': endpoint({
    method: 'post',
    path: '/api/auth/login',
    tag: 'Auth',
    callers: 'anyone',
    status: 200,
    summary: 'Log in: sets an httpOnly session cookie and answers the user and a CSRF token',
    description:
      'Attempts are limited per account, per address and overall before any password is checked ' +
      '(429 `too_many_attempts` with Retry-After: when to try again). ' +
      'A disabled account answers 403 `account_disabled`.',
    body: LoginInput,
    response: SessionBody,
  }),
  'auth.me': endpoint({
    method: 'get',
    path: '/api/auth/me',
    tag: 'Auth',
    callers: 'session',
    status: 200,
    summary: 'The logged-in user and the session CSRF token',
    response: SessionBody,
  }),
  'auth.logout': endpoint({
    method: 'post',
    path: '/api/auth/logout',
    tag: 'Auth',
    callers: 'session',
    status: 204,
    summary: 'End the session (its sockets on every server process disconnect); needs X-CSRF-Token',
  }),
} as const;
