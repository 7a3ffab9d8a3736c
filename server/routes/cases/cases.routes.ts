import type { casesApi } from '../../../shared/api/cases';
import { loadCase } from '../../../shared/backend/cases/load-case';
import { crewView } from '../../../shared/backend/cases/views';
import { NotFoundError, NotYoursError } from '../../../shared/backend/errors';
import type { Case } from '../../../shared/domain/case';
import { addPosition } from '../../cases/add-position';
import { assignVessel } from '../../cases/assign-vessel';
import { confirmFix } from '../../cases/confirm-fix';
import { issueSitrep, listSitreps, previewSitrep } from '../../cases/issue-sitrep';
import { logAuthorityContact } from '../../cases/log-authority-contact';
import { updateCase } from '../../cases/update-case';
import { withdrawPosition } from '../../cases/withdraw-position';
import { findCases } from '../../cases/find-cases';
import type { Auth } from '../../http/auth';
import type { Handlers } from '../handler';

/** A crew reaches only the case its vessel is assigned to. */
function mustSee(auth: Auth, caseId: string): void {
  if (auth.user.role === 'crew' && auth.user.assignedCaseId !== caseId) throw new NotYoursError(`no case ${caseId}`);
}

/** What this caller may see of a case: crews the reduced view. */
const viewFor = (auth: Auth, c: Case): Case => (auth.user.role === 'crew' ? crewView(c) : c);

/** Cases: operators see all; a crew sees only its assigned case, reduced. */
export const casesHandlers: Handlers<typeof casesApi> = {
  'cases.list': async ({ deps, auth, query }) => {
    if (auth.user.role === 'crew') {
      const assigned = auth.user.assignedCaseId ? await loadCase(deps.store, auth.user.assignedCaseId) : null;
      return { cases: assigned ? [crewView(assigned)] : [] };
    }
    const ids = query.q ? await findCases(deps.store, query.q) : await deps.store.cases.ids(query.limit ?? 200);
    const cases = await Promise.all(ids.map((id) => loadCase(deps.store, id)));
    return { cases: cases.filter((c): c is Case => c !== null) };
  },

  'cases.get': async ({ deps, auth, params }) => {
    mustSee(auth, params.id);
    const c = await loadCase(deps.store, params.id);
    if (!c) throw new NotFoundError(`no case ${params.id}`);
    return { case: viewFor(auth, c) };
  },

  'cases.addPosition': async ({ deps, auth, params, body }) => {
    mustSee(auth, params.id);
    const input = auth.user.role === 'crew' ? { ...body, source: 'crew' as const } : body;
    return { case: viewFor(auth, await addPosition(deps, params.id, input, auth.user)) };
  },

  'cases.confirmPosition': async ({ deps, auth, params }) => ({
    case: await confirmFix(deps, params.id, params.index, auth.user),
  }),

  'cases.withdrawPosition': async ({ deps, auth, params, body }) => ({
    case: await withdrawPosition(deps, params.id, params.index, body, auth.user),
  }),

  'cases.update': async ({ deps, auth, params, body }) => ({
    case: await updateCase(deps, params.id, body, auth.user),
  }),

  'cases.assign': async ({ deps, auth, params, body }) => ({
    case: await assignVessel(deps, params.id, body, auth.user),
  }),

  'cases.logContact': async ({ deps, auth, params, body }) => ({
    case: await logAuthorityContact(deps, params.id, body, auth.user),
  }),

  // GET is a read-only preview (the contract's verb); POST /sitreps issues and keeps one.
  'cases.sitrep': async ({ deps, params, res }) => {
    const { number, text } = await previewSitrep(deps, params.id);
    res.set('X-Sitrep-Number', String(number));
    return text;
  },

  'cases.issueSitrep': async ({ deps, auth, params }) => issueSitrep(deps, params.id, auth.user),

  'cases.sitreps': async ({ deps, params }) => ({ sitreps: await listSitreps(deps, params.id) }),
};
