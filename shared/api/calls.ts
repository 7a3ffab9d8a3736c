/** Logging distress calls. */
import * as z from 'zod';
import { CallInput, Case } from '../domain/case';
import { endpoint } from './endpoint';

/** What POST /api/calls answers. */
export const CallLogged = z.object({ callId: z.string(), caseId: z.string(), case: Case, joined: z.boolean() });
/** What POST /api/calls answers. */
export type CallLogged = z.infer<typeof CallLogged>;

/** The calls endpoint. */
export const callsApi = {
  'calls.create': endpoint({
    method: 'post',
    path: '/api/calls',
    tag: 'Cases',
    callers: ['operator', 'supervisor'],
    status: 201,
    summary: 'Log a distress call; answered only once the case is durable',
    description:
      'A call from a number with an open case joins that case (`joined: true`). ' +
      'A position that cannot be parsed is kept raw with a warning, never refused.',
    body: CallInput,
    response: CallLogged,
  }),
} as const;
