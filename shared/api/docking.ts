/** Docking requests: a harbour asked to let a boat dock. */
import * as z from 'zod';
import { DockingAnswerInput, DockingRequest, HarbourDockingView } from '../domain/docking-request';
import { endpoint } from './endpoint';
import { RequestIdParams } from './params';

const HarbourView = HarbourDockingView.meta({ id: 'HarbourDockingView' });
const FullRequest = DockingRequest.meta({ id: 'DockingRequest' });

/** The docking endpoints. */
export const dockingApi = {
  'docking.list': endpoint({
    method: 'get',
    path: '/api/docking-requests',
    tag: 'Docking',
    callers: ['harbour', 'operator', 'supervisor'],
    status: 200,
    summary: 'Docking requests: a harbour gets its own, reduced (no caller number, positions or notes); operators all',
    response: z.object({ requests: z.array(FullRequest) }),
    views: { harbour: z.object({ requests: z.array(HarbourView) }) },
  }),
  'docking.answer': endpoint({
    method: 'post',
    path: '/api/docking-requests/:id/answer',
    tag: 'Docking',
    callers: ['harbour', 'supervisor'],
    foreign: 404,
    status: 200,
    summary:
      'Accept or decline a docking request (409 `already_answered` when someone answered first, ' +
      '`already_placed` when everyone on board already has a port); a supervisor answers on the harbour’s behalf',
    params: RequestIdParams,
    body: DockingAnswerInput,
    response: z.object({ request: FullRequest }),
    views: { harbour: z.object({ request: HarbourView }) },
  }),
} as const;
