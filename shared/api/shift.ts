/** The shift's view: what operators saw, so attention badges clear for the whole shift. */
import { SeenInput } from '../domain/attention';
import { CaseBody } from './cases';
import { endpoint } from './endpoint';
import { CaseIdParams } from './params';

const ops = ['operator', 'supervisor'] as const;

/** Endpoints that serve a whole shift rather than one case's record. */
export const shiftApi = {
  'cases.seen': endpoint({
    method: 'post',
    path: '/api/cases/:id/seen',
    tag: 'Shift',
    callers: ops,
    status: 200,
    summary: 'Record that the caller opened the case and saw what asked for attention (a `seen` timeline entry)',
    description:
      '`items` are attention keys such as `caller-message:<entry id>` or `deadline:<request id>`; `upTo` is the ' +
      'newest timeline entry shown. Everything up to it stops asking for attention on every console.',
    params: CaseIdParams,
    body: SeenInput,
    response: CaseBody,
  }),
} as const;
