import { Router } from 'express';
import { AssignInput, AuthorityContactInput, CasePatch, PositionInput } from '../../../shared/domain/case';
import type { Deps } from '../../deps';
import { allow, who } from '../../http/auth';
import { HttpError } from '../../http/errors';
import { addPosition } from '../../cases/add-position';
import { assignVessel } from '../../cases/assign-vessel';
import { confirmFix } from '../../cases/confirm-fix';
import { issueSitrep } from '../../cases/issue-sitrep';
import { logAuthorityContact } from '../../cases/log-authority-contact';
import { loadCase } from '../../../shared/backend/cases/load-case';
import { updateCase } from '../../cases/update-case';
import { crewView } from '../../../shared/backend/cases/views';

const CASE_ID = /^C-\d{6,}$/;

/** Cases: operators see all; a crew sees only its assigned case, reduced. */
export function casesRouter(deps: Deps): Router {
  const r = Router();
  r.param('id', (_req, _res, next, id: string) => {
    if (!CASE_ID.test(id)) throw new HttpError(404, 'not_found', `no case ${id.slice(0, 40)}`);
    next();
  });

  r.get('/', allow('operator', 'supervisor', 'crew'), async (req, res) => {
    const auth = who(req);
    if (auth.user.role === 'crew') {
      const assigned = auth.user.assignedCaseId ? await loadCase(deps.store, auth.user.assignedCaseId) : null;
      res.json({ cases: assigned ? [crewView(assigned)] : [] });
      return;
    }
    const ids = await deps.store.cases.ids(Number(req.query.limit) > 0 ? Math.min(Number(req.query.limit), 1000) : 200);
    const cases = await Promise.all(ids.map((id) => loadCase(deps.store, id)));
    res.json({ cases: cases.filter(Boolean) });
  });

  r.get('/:id', allow('operator', 'supervisor', 'crew'), async (req, res) => {
    const auth = who(req);
    const id = String(req.params.id);
    if (auth.user.role === 'crew' && auth.user.assignedCaseId !== id) throw new HttpError(404, 'not_found', `no case ${id}`);
    const c = await loadCase(deps.store, id);
    if (!c) throw new HttpError(404, 'not_found', `no case ${id}`);
    res.json({ case: auth.user.role === 'crew' ? crewView(c) : c });
  });

  r.post('/:id/positions', allow('operator', 'supervisor', 'crew'), async (req, res) => {
    const auth = who(req);
    const id = String(req.params.id);
    if (auth.user.role === 'crew' && auth.user.assignedCaseId !== id) throw new HttpError(404, 'not_found', `no case ${id}`);
    const input = PositionInput.parse(req.body);
    const c = await addPosition(deps, id, auth.user.role === 'crew' ? { ...input, source: 'crew' } : input, auth.user);
    res.status(201).json({ case: auth.user.role === 'crew' ? crewView(c) : c });
  });

  r.post('/:id/positions/:index/confirm', allow('operator', 'supervisor'), async (req, res) => {
    const index = Number(req.params.index);
    if (!Number.isInteger(index) || index < 0) throw new HttpError(404, 'not_found', 'no such position');
    res.json({ case: await confirmFix(deps, String(req.params.id), index, who(req).user) });
  });

  r.patch('/:id', allow('operator', 'supervisor'), async (req, res) => {
    const c = await updateCase(deps, String(req.params.id), CasePatch.parse(req.body), who(req).user);
    res.json({ case: c });
  });
  r.post('/:id/assign', allow('operator', 'supervisor'), async (req, res) => {
    res.json({ case: await assignVessel(deps, String(req.params.id), AssignInput.parse(req.body), who(req).user) });
  });

  r.post('/:id/contacts', allow('operator', 'supervisor'), async (req, res) => {
    const c = await logAuthorityContact(deps, String(req.params.id), AuthorityContactInput.parse(req.body), who(req).user);
    res.status(201).json({ case: c });
  });

  // GET issues the next numbered SITREP (and records that it did): the contract fixes the verb.
  r.get('/:id/sitrep', allow('operator', 'supervisor'), async (req, res) => {
    const { number, text } = await issueSitrep(deps, String(req.params.id), who(req).user);
    res.type('text/plain; charset=utf-8').set('X-Sitrep-Number', String(number)).send(text);
  });
  return r;
}
