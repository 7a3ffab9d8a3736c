/** Harbours (disembarkation ports) and reception cities. */
import * as z from 'zod';
import { Harbour, HarbourInput, HarbourPatch } from '../domain/harbour';
import { endpoint } from './endpoint';
import { HarbourIdParams } from './params';

/** One harbour. */
export const HarbourBody = z.object({ harbour: Harbour.meta({ id: 'Harbour' }) });
/** Harbours by name. */
export const HarbourList = z.object({ harbours: z.array(Harbour) });

/** The harbour endpoints. */
export const harboursApi = {
  'harbours.list': endpoint({
    method: 'get',
    path: '/api/harbours',
    tag: 'Harbours',
    callers: ['supervisor', 'admin', 'operator', 'harbour'],
    status: 200,
    summary: 'Harbours and reception cities',
    description: 'Operators get them without contacts; a harbour user only its own.',
    response: HarbourList,
  }),
  'harbours.create': endpoint({
    method: 'post',
    path: '/api/harbours',
    tag: 'Harbours',
    callers: ['supervisor', 'admin'],
    status: 201,
    summary: 'Add a harbour or reception city (409 `exists` when the id is taken)',
    body: HarbourInput,
    response: HarbourBody,
  }),
  'harbours.update': endpoint({
    method: 'patch',
    path: '/api/harbours/:id',
    tag: 'Harbours',
    callers: ['supervisor', 'admin', 'harbour'],
    foreign: 404,
    status: 200,
    summary: 'Change the fields named, and only those',
    description: 'A harbour user may change its own availability only.',
    params: HarbourIdParams,
    body: HarbourPatch,
    response: HarbourBody,
  }),
} as const;
