import type { dockingApi } from '../../../shared/api/docking';
import { harbourView } from '../../../shared/backend/cases/views';
import { answerDocking } from '../../cases/answer-docking';
import type { Handlers } from '../handler';

/** Docking requests: a harbour sees and answers only its own, reduced; operators see all. */
export const dockingHandlers: Handlers<typeof dockingApi> = {
  'docking.list': async ({ deps, auth }) => {
    const { user } = auth;
    if (user.role === 'harbour') {
      const mine = user.harbourId ? await deps.store.docking.forHarbour(user.harbourId) : [];
      return { requests: mine.map(harbourView) };
    }
    const ids = await deps.store.cases.ids(100);
    return { requests: (await Promise.all(ids.map((id) => deps.store.docking.forCase(id)))).flat() };
  },

  'docking.answer': async ({ deps, auth, params, body }) => {
    const updated = await answerDocking(deps, params.id, body, auth.user);
    return { request: auth.user.role === 'harbour' ? harbourView(updated) : updated };
  },
};
