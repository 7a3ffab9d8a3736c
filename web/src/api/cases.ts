import type { CallLogged } from '../../../shared/api/calls';
import type {
  AuthorityContactInput,
  CallInput,
  Case,
  CasePatch,
  PositionInput,
  WithdrawInput,
} from '../../../shared/domain/case';
import type { z } from 'zod';
import type { Sitrep as SitrepSchema } from '../../../shared/api/cases';
import { call } from './client';

/** The form fields of a distress call as the web console sends them. */
export type NewCall = Pick<
  CallInput,
  'callerNumber' | 'position' | 'personsOnBoard' | 'women' | 'children' | 'medical' | 'notes'
>;

/** What POST /api/calls answers. */
export type CallCreated = CallLogged;

/** Logs a distress call; the server opens a case or joins the caller's open one. */
export function logCall(body: NewCall): Promise<CallCreated> {
  return call('calls.create', { body });
}

/** All cases the user may see. */
export async function listCases(): Promise<Case[]> {
  return (await call('cases.list', {})).cases;
}

/** One case with its full timeline. */
export async function getCase(id: string): Promise<Case> {
  return (await call('cases.get', { params: { id } })).case;
}

/** A position report as the console sends it: text as given (or numbers), who gave it, what it corrects. */
export type NewPosition = Omit<PositionInput, 'source'> & { source?: PositionInput['source'] };

/** Adds a position report; unparseable text is kept with a warning, never refused. */
export async function addPosition(id: string, body: NewPosition): Promise<Case> {
  return (await call('cases.addPosition', { params: { id }, body })).case;
}

/** Marks fix `index` (0-based, oldest first) as checked with the caller. */
export async function confirmFix(id: string, index: number): Promise<Case> {
  return (await call('cases.confirmPosition', { params: { id, index } })).case;
}

/** Withdraws fix `index` with a reason (kept on record, no longer used). */
export async function withdrawPosition(id: string, index: number, body: WithdrawInput): Promise<Case> {
  return (await call('cases.withdrawPosition', { params: { id, index }, body })).case;
}

/** Changes phase, status/outcome, counts, boat or departure; the server records who and why. */
export async function patchCase(id: string, body: CasePatch): Promise<Case> {
  return (await call('cases.update', { params: { id }, body })).case;
}

/**
 * Assigns a rescue vessel (by MMSI): its crew sees the case. Refused with `no_crew` when no crew
 * account belongs to it.
 */
export async function assignVessel(id: string, mmsi: string): Promise<Case> {
  return (await call('cases.assign', { params: { id }, body: { mmsi } })).case;
}

/** Records one attempt to reach a rescue centre or other authority. */
export async function logAuthorityContact(id: string, body: AuthorityContactInput): Promise<Case> {
  return (await call('cases.logContact', { params: { id }, body })).case;
}

/** A SITREP as issued and kept: number, text as sent, when and by whom. */
export type Sitrep = z.infer<typeof SitrepSchema>;

/** Issues the case's next IAMSAR SITREP: numbered, kept as issued, recorded on the timeline. */
export async function issueSitrep(id: string): Promise<{ sitrep: Sitrep; case: Case }> {
  return call('cases.issueSitrep', { params: { id } });
}

/** Every SITREP issued for a case, oldest first. */
export async function listSitreps(id: string): Promise<Sitrep[]> {
  return (await call('cases.sitreps', { params: { id } })).sitreps;
}

/** What the next SITREP would say (its number marked as a draft); issues nothing. */
export async function previewSitrep(id: string): Promise<{ number: number | null; text: string }> {
  const { text, headers } = await call('cases.sitrep', { params: { id } });
  const n = Number(headers.get('X-Sitrep-Number'));
  return { number: Number.isInteger(n) && n > 0 ? n : null, text };
}
