import type { harboursApi } from '../../../shared/api/harbours';
import { createHarbour, listHarbours, updateHarbour } from '../../harbours/manage-harbours';
import type { Handlers } from '../handler';

/**
 * Harbours: supervisors and admins manage them; operators see them without contacts; a harbour
 * sees and sets its own availability.
 */
export const harboursHandlers: Handlers<typeof harboursApi> = {
  'harbours.list': async ({ deps, auth }) => ({ harbours: await listHarbours(deps, auth.user) }),
  'harbours.create': async ({ deps, auth, body }) => ({ harbour: await createHarbour(deps, body, auth.user) }),
  'harbours.update': async ({ deps, auth, params, body }) => ({
    harbour: await updateHarbour(deps, params.id, body, auth.user),
  }),
};
