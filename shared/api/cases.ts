/** Cases: what operators work on; a crew sees its assigned case only, reduced. */
import * as z from 'zod';
import { AssignInput, AuthorityContactInput, Case, CasePatch, PositionInput, WithdrawInput } from '../domain/case';
import { endpoint } from './endpoint';
import { CaseIdParams, LimitQuery } from './params';

/** A SITREP as issued: number, text as sent, when and by whom. */
export const Sitrep = z.object({
  number: z.number().int(),
  text: z.string(),
  issuedAt: z.string(),
  issuedBy: z.string(),
});

/** One case. */
export const CaseBody = z.object({ case: Case.meta({ id: 'Case' }) });
/** Many cases, newest first. */
export const CaseList = z.object({ cases: z.array(Case) });

const ops = ['operator', 'supervisor'] as const;
const withCrew = ['operator', 'supervisor', 'crew'] as const;
const CRIB =
  "A crew sees only the case its vessel is assigned to, without caller number, notes or other harbours' requests.";

/** The case endpoints. */
export const casesApi = {
  'cases.list': endpoint({
    method: 'get',
    path: '/api/cases',
    tag: 'Cases',
    callers: withCrew,
    status: 200,
    summary: 'Cases, newest first; `q` finds one by id or case code (also the code of a case merged into it)',
    description: CRIB,
    query: LimitQuery.extend({
      q: z.string().trim().min(1).max(40).optional().meta({ description: 'a case id or code: C-000042, AP0001-2024' }),
    }),
    response: CaseList,
  }),
  'cases.get': endpoint({
    method: 'get',
    path: '/api/cases/:id',
    tag: 'Cases',
    callers: withCrew,
    foreign: 404,
    status: 200,
    summary: 'One case with positions, regions, docking requests, matching and timeline',
    description: CRIB,
    params: CaseIdParams,
    response: CaseBody,
  }),
  'cases.addPosition': endpoint({
    method: 'post',
    path: '/api/cases/:id/positions',
    tag: 'Cases',
    callers: withCrew,
    foreign: 404,
    status: 201,
    summary: 'Add a position report (text as given, or lat/lon); `corrects` marks a correction',
    params: CaseIdParams,
    body: PositionInput,
    response: CaseBody,
  }),
  'cases.confirmPosition': endpoint({
    method: 'post',
    path: '/api/cases/:id/positions/:index/confirm',
    tag: 'Cases',
    callers: ops,
    status: 200,
    summary: 'Confirm that position `index` (0-based) was read right',
    params: CaseIdParams.extend({ index: z.coerce.number().int().min(0).max(100000) }),
    response: CaseBody,
  }),
  'cases.withdrawPosition': endpoint({
    method: 'post',
    path: '/api/cases/:id/positions/:index/withdraw',
    tag: 'Cases',
    callers: ops,
    status: 200,
    summary:
      'Withdraw position `index` with a reason (kept on record, not used); ' +
      '409 for a confirmed one unless `supersedeConfirmed`',
    params: CaseIdParams.extend({ index: z.coerce.number().int().min(0).max(100000) }),
    body: WithdrawInput,
    response: CaseBody,
  }),
  'cases.update': endpoint({
    method: 'patch',
    path: '/api/cases/:id',
    tag: 'Cases',
    callers: ops,
    status: 200,
    summary: 'Change status, phase, outcome, counts, boat, departure or notes (closing needs an outcome)',
    params: CaseIdParams,
    body: CasePatch,
    response: CaseBody,
  }),
  'cases.assign': endpoint({
    method: 'post',
    path: '/api/cases/:id/assign',
    tag: 'Cases',
    callers: ops,
    status: 200,
    summary: 'Assign a rescue vessel (MMSI): its crew users see the case, reduced',
    params: CaseIdParams,
    body: AssignInput,
    response: CaseBody,
  }),
  'cases.logContact': endpoint({
    method: 'post',
    path: '/api/cases/:id/contacts',
    tag: 'Cases',
    callers: ops,
    status: 201,
    summary: 'Record one attempt to reach a rescue centre or authority',
    params: CaseIdParams,
    body: AuthorityContactInput,
    response: CaseBody,
  }),
  'cases.sitrep': endpoint({
    method: 'get',
    path: '/api/cases/:id/sitrep',
    tag: 'Cases',
    callers: ops,
    status: 200,
    produces: 'text/plain',
    summary: 'Preview the next IAMSAR SITREP (plain text, its number marked DRAFT): issues and records nothing',
    description: 'To issue a SITREP (numbered, its text kept, recorded on the timeline), POST /api/cases/:id/sitreps.',
    headers: { 'X-Sitrep-Number': 'the number the next SITREP will get' },
    params: CaseIdParams,
  }),
  'cases.issueSitrep': endpoint({
    method: 'post',
    path: '/api/cases/:id/sitreps',
    tag: 'Cases',
    callers: ops,
    status: 201,
    summary: 'Issue the next numbered SITREP: its text is kept as issued and the timeline records it',
    params: CaseIdParams,
    response: z.object({ sitrep: Sitrep.meta({ id: 'Sitrep' }), case: Case }),
  }),
  'cases.sitreps': endpoint({
    method: 'get',
    path: '/api/cases/:id/sitreps',
    tag: 'Cases',
    callers: ops,
    status: 200,
    summary: 'Every SITREP issued for the case, oldest first, with its text as sent',
    params: CaseIdParams,
    response: z.object({ sitreps: z.array(Sitrep) }),
  }),
} as const;
