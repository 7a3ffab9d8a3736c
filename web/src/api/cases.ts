import type { Case } from '../../../shared/domain/case';
import { request } from './http';

/** The form fields of a distress call as the web console sends them. */
export interface NewCall {
  callerNumber: string;
  position?: string;
  personsOnBoard?: number;
  women?: number;
  children?: number;
  medical?: number;
  notes?: string;
}

/** What POST /api/calls answers. */
export interface CallCreated {
  callId: string;
  caseId: string;
  case: Case;
}

/** Logs a distress call; the server opens a case or joins the caller's open one. */
export function logCall(call: NewCall): Promise<CallCreated> {
  return request<CallCreated>('POST', '/api/calls', { body: call });
}

/** All cases the user may see. */
export async function listCases(): Promise<Case[]> {
  return (await request<{ cases: Case[] }>('GET', '/api/cases')).cases;
}

/** One case with its full timeline. */
export async function getCase(id: string): Promise<Case> {
  return (await request<{ case: Case }>('GET', `/api/cases/${encodeURIComponent(id)}`)).case;
}
