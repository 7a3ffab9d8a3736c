import type { callsApi } from '../../../shared/api/calls';
import { logCall } from '../../cases/log-call';
import type { Handlers } from '../handler';

/** POST /api/calls: log a distress call. Answers 201 only once the case is durable in Redis. */
export const callsHandlers: Handlers<typeof callsApi> = {
  'calls.create': async ({ deps, body, auth }) => logCall(deps, body, auth.user),
};
