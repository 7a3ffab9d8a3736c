import { Router } from 'express';
import { DockingAnswerInput } from '../../../shared/domain/docking-request';
import type { Deps } from '../../deps';
import { allow, who } from '../../http/auth';
import { answerDocking } from '../../cases/answer-docking';
import { harbourView } from '../../../shared/backend/cases/views';

/** Docking requests: a harbour sees and answers only its own, reduced; operators see all. */
export function dockingRouter(deps: Deps): Router {
  const r = Router();

  r.get('/', allow('harbour', 'operator', 'supervisor'), async (req, res) => {
    const { user } = who(req);
    if (user.role === 'harbour') {
      const mine = user.harbourId ? await deps.store.docking.forHarbour(user.harbourId) : [];
      res.json({ requests: mine.map(harbourView) });
      return;
    }
    const ids = await deps.store.cases.ids(100);
    const all = (await Promise.all(ids.map((id) => deps.store.docking.forCase(id)))).flat();
    res.json({ requests: all });
  });

  r.post('/:id/answer', allow('harbour', 'supervisor'), async (req, res) => {
    const { user } = who(req);
    const input = DockingAnswerInput.parse(req.body);
    const updated = await answerDocking(deps, String(req.params.id).slice(0, 64), input, user);
    res.json({ request: user.role === 'harbour' ? harbourView(updated) : updated });
  });
  return r;
}
