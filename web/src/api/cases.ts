import type { AuthorityContactInput, Case, CasePatch, PositionInput } from '../../../shared/domain/case';
import { request, requestText } from './http';

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

/** A position report as the console sends it: text as given (or numbers), who gave it, what it corrects. */
export type NewPosition = Omit<PositionInput, 'source'> & { source?: PositionInput['source'] };

function casePath(id: string, rest = ''): string {
  return `/api/cases/${encodeURIComponent(id)}${rest}`;
}

/** Adds a position report; unparseable text is kept with a warning, never refused. */
export async function addPosition(id: string, position: NewPosition): Promise<Case> {
  return (await request<{ case: Case }>('POST', casePath(id, '/positions'), { body: position })).case;
}

/** Marks fix `index` (0-based, oldest first) as checked with the caller. */
export async function confirmFix(id: string, index: number): Promise<Case> {
  return (await request<{ case: Case }>('POST', casePath(id, `/positions/${index}/confirm`))).case;
}

/** Changes phase, status/outcome, counts, boat or departure; the server records who and why. */
export async function patchCase(id: string, patch: CasePatch): Promise<Case> {
  return (await request<{ case: Case }>('PATCH', casePath(id), { body: patch })).case;
}

/** Assigns a rescue vessel (by MMSI): its crew sees the case. Refused with `no_crew` when no crew account belongs to it. */
export async function assignVessel(id: string, mmsi: string): Promise<Case> {
  return (await request<{ case: Case }>('POST', casePath(id, '/assign'), { body: { mmsi } })).case;
}

/** Records one attempt to reach a rescue centre or other authority. */
export async function logAuthorityContact(id: string, contact: AuthorityContactInput): Promise<Case> {
  return (await request<{ case: Case }>('POST', casePath(id, '/contacts'), { body: contact })).case;
}

/** A SITREP as issued: every fetch issues (and records) the next number. */
export interface Sitrep {
  number: number | null;
  text: string;
}

/** Issues the case's next IAMSAR SITREP (short form, plain text). */
export async function issueSitrep(id: string): Promise<Sitrep> {
  const { text, headers } = await requestText('GET', casePath(id, '/sitrep'));
  const n = Number(headers.get('X-Sitrep-Number'));
  return { number: Number.isInteger(n) && n > 0 ? n : null, text };
}
