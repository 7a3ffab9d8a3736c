/** Supervisors steer the search for a port of one case. */
import { MatchingControl } from '../domain/matching';
import { CaseBody } from './cases';
import { endpoint } from './endpoint';
import { CaseIdParams } from './params';

/** The matching endpoints. */
export const matchingApi = {
  'matching.control': endpoint({
    method: 'post',
    path: '/api/cases/:id/matching',
    tag: 'Cases',
    callers: ['supervisor'],
    status: 200,
    summary:
      'Steer matching: `pause` (open requests stay open), `resume`, `skip` one open request (the next ' +
      'harbour is asked), `ask` one harbour now; each with the reason, recorded on the timeline with who',
    params: CaseIdParams,
    body: MatchingControl,
    response: CaseBody,
  }),
} as const;
