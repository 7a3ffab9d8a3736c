/** Users and their live sessions: administrators only. */
import * as z from 'zod';
import { USER_ID } from '../domain/ids';
import { AdminUser, SessionInfo, UserInput, UserPatch } from '../domain/user';
import { endpoint } from './endpoint';

/** `:id` of a user. */
export const UserIdParams = z.object({ id: z.string().regex(USER_ID, 'a user id') });
/** `:id` of a session (its stored id, a keyed hash of the cookie). */
export const SessionIdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a session id') });

/** One user as administrators see it. */
export const AdminUserBody = z.object({ user: AdminUser.meta({ id: 'AdminUser' }) });

const admin = ['admin'] as const;
const ENDS =
  'Disabling a user, or changing role, harbour, vessel or password, ends every session of the user ' +
  'and disconnects their sockets on every server at once.';

/** The user and session endpoints. */
export const usersApi = {
  'users.list': endpoint({
    method: 'get',
    path: '/api/users',
    tag: 'Users',
    callers: admin,
    status: 200,
    summary: 'Every user (never a password hash), with their number of live sessions',
    response: z.object({ users: z.array(AdminUser) }),
  }),
  'users.create': endpoint({
    method: 'post',
    path: '/api/users',
    tag: 'Users',
    callers: admin,
    status: 201,
    summary: 'Add a user (409 `exists` when the username is taken); audited',
    body: UserInput,
    response: AdminUserBody,
  }),
  'users.update': endpoint({
    method: 'patch',
    path: '/api/users/:id',
    tag: 'Users',
    callers: admin,
    status: 200,
    summary: 'Change the fields named, and only those: role, harbour, vessel, phone, password, disabled; audited',
    description: `${ENDS} An administrator cannot disable or demote themselves (409 \`own_account\`).`,
    params: UserIdParams,
    body: UserPatch,
    response: AdminUserBody,
  }),
  'sessions.list': endpoint({
    method: 'get',
    path: '/api/sessions',
    tag: 'Users',
    callers: admin,
    status: 200,
    summary: 'Every live session: whose, from where, since when, last used, when it ends',
    response: z.object({ sessions: z.array(SessionInfo) }),
  }),
  'sessions.end': endpoint({
    method: 'delete',
    path: '/api/sessions/:id',
    tag: 'Users',
    callers: admin,
    status: 204,
    summary: 'End one session now (its sockets disconnect on every server); audited',
    params: SessionIdParams,
  }),
} as const;
