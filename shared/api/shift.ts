/** The shift's view: what operators saw (attention clears for the whole shift), what was relayed by hand. */
import * as z from 'zod';
import { SeenInput } from '../domain/attention';
import { OutboxMessage, RelayInput } from '../domain/notification';
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
  'outbox.relayed': endpoint({
    method: 'post',
    path: '/api/outbox/:id/relayed',
    tag: 'Outbox',
    callers: ops,
    status: 200,
    summary: 'Mark an outbox message relayed by hand (who, when, an optional note); the first mark stands',
    description:
      'A second mark changes nothing and answers `first: false` with who relayed it first. The case timeline ' +
      'records the relay once, and the SITREP lists it among the actions taken.',
    params: z.object({ id: z.string().regex(/^[a-z]{3,12}\.[\w.-]{1,160}$/, 'an outbox message id') }),
    body: RelayInput,
    response: z.object({ message: OutboxMessage, first: z.boolean() }),
  }),
} as const;
