/**
 * The route table: every endpoint Haven serves, declared once. Adding an endpoint means adding a
 * row here; the server refuses to start with a row that has no handler, and the access test fails
 * for a row it has no case for.
 */
import { auditApi } from './audit';
import { authApi } from './auth';
import { callsApi } from './calls';
import { casesApi } from './cases';
import { dockingApi } from './docking';
import type { EndpointDef } from './endpoint';
import { harboursApi } from './harbours';
import { matchingApi } from './matching';
import { shiftApi } from './shift';
import { systemApi } from './system';
import { usersApi } from './users';
import { vesselsApi } from './vessels';

/** Every endpoint, by id. */
export const API = {
  ...authApi,
  ...callsApi,
  ...casesApi,
  ...shiftApi,
  ...harboursApi,
  ...dockingApi,
  ...matchingApi,
  ...vesselsApi,
  ...usersApi,
  ...auditApi,
  ...systemApi,
} as const satisfies Record<string, EndpointDef>;

/** The table's type. */
export type Api = typeof API;
/** An endpoint id such as `cases.get`. */
export type EndpointId = keyof Api;

export * from './endpoint';
