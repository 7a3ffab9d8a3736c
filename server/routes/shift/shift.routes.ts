import type { shiftApi } from '../../../shared/api/shift';
import { markSeen } from '../../cases/mark-seen';
import type { Handlers } from '../handler';

/** The shift's view: attention seen. */
export const shiftHandlers: Handlers<typeof shiftApi> = {
  'cases.seen': async ({ deps, auth, params, body }) => ({ case: await markSeen(deps, params.id, body, auth.user) }),
};
