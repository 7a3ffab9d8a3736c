import type { usersApi } from '../../../shared/api/users';
import { endSession, listSessions } from '../../users/manage-sessions';
import { createUser, listUsers, updateUser } from '../../users/manage-users';
import type { Handlers } from '../handler';

/** Users and sessions: administrators only (the route table says so). */
export const usersHandlers: Handlers<typeof usersApi> = {
  'users.list': async ({ deps }) => ({ users: await listUsers(deps) }),
  'users.create': async ({ deps, auth, body }) => ({ user: await createUser(deps, body, auth.user) }),
  'users.update': async ({ deps, auth, params, body }) => ({
    user: await updateUser(deps, params.id, body, auth.user),
  }),
  'sessions.list': async ({ deps, auth }) => ({ sessions: await listSessions(deps, auth.session.id) }),
  'sessions.end': async ({ deps, auth, params }) => endSession(deps, params.id, auth.user),
};
