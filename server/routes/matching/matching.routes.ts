import type { matchingApi } from '../../../shared/api/matching';
import { steerMatching } from '../../cases/steer-matching';
import type { Handlers } from '../handler';

/** Supervisors steer the search for a port of one case. */
export const matchingHandlers: Handlers<typeof matchingApi> = {
  'matching.control': async ({ deps, auth, params, body }) => ({
    case: await steerMatching(deps, params.id, body, auth.user),
  }),
};
