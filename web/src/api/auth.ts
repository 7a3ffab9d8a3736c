import type { SessionBody } from '../../../shared/api/auth';
import { call } from './client';
import { setCsrfToken } from './http';

/** What login and /me answer. */
export type Session = SessionBody;

/** Logs in; the server sets the httpOnly session cookie. */
export async function login(username: string, password: string): Promise<Session> {
  const s = await call('auth.login', { body: { username, password }, auth: false });
  setCsrfToken(s.csrfToken);
  return s;
}

/** The current session, or null when nobody is logged in. */
export async function me(): Promise<Session | null> {
  try {
    const s = await call('auth.me', { auth: false });
    setCsrfToken(s.csrfToken);
    return s;
  } catch (err) {
    if ((err as { status?: number }).status === 401) return null;
    throw err;
  }
}

/** Ends the session on the server; the local state is dropped whatever the answer. */
export async function logout(): Promise<void> {
  try {
    await call('auth.logout', { auth: false });
  } finally {
    setCsrfToken(null);
  }
}
