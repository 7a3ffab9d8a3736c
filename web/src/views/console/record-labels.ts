import type { Outcome, Phase } from '../../../../shared/domain/case';

/** IAMSAR phases with what each means, for the phase select. */
export const PHASES: ReadonlyArray<readonly [Phase, string]> = [
  ['INCERFA', 'INCERFA: uncertainty'],
  ['ALERFA', 'ALERFA: alert'],
  ['DETRESFA', 'DETRESFA: distress'],
];

/** How a case can end, in the server's fixed taxonomy, in words. */
export const OUTCOMES: ReadonlyArray<readonly [Outcome, string]> = [
  ['rescued_ngo', 'Rescued by an NGO ship'],
  ['rescued_merchant', 'Rescued by a merchant ship'],
  ['rescued_coastguard', 'Rescued by a coast guard'],
  ['intercepted_returned', 'Intercepted and returned'],
  ['arrived_autonomously', 'Arrived on its own'],
  ['shipwreck', 'Shipwreck'],
  ['missing', 'Missing'],
  ['unknown', 'Unknown'],
];

/** An outcome in words. */
export function outcomeLabel(o: Outcome | null): string {
  return OUTCOMES.find(([v]) => v === o)?.[1] ?? 'no outcome recorded';
}

/** Ways an authority can be contacted (POST /contacts `channel`). */
export const CHANNELS: ReadonlyArray<readonly [string, string]> = [
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['radio', 'Radio'],
  ['fax', 'Fax'],
  ['sms', 'SMS'],
  ['other', 'Other'],
];

/** How a contact attempt went (POST /contacts `outcome`). */
export const CONTACT_OUTCOMES: ReadonlyArray<readonly [string, string]> = [
  ['no_answer', 'No answer'],
  ['unreachable', 'Unreachable'],
  ['refused', 'Refused'],
  ['acknowledged', 'Acknowledged'],
  ['referred', 'Referred elsewhere'],
];

/** Outcomes that document non-assistance: shown loud, in capitals. */
export const NON_ASSISTANCE = new Set(['unreachable', 'no_answer', 'refused']);

/** A contact outcome as the log shows it: UNREACHABLE, NO ANSWER, REFUSED in capitals. */
export function contactOutcomeText(outcome: string): string {
  if (!NON_ASSISTANCE.has(outcome)) return outcome.replaceAll('_', ' ');
  return (CONTACT_OUTCOMES.find(([v]) => v === outcome)?.[1] ?? outcome).toUpperCase();
}

/** Who gave a position (POST /positions `source`), caller first: the usual case on the hotline. */
export const POSITION_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['caller', 'Caller'],
  ['sms', 'SMS'],
  ['operator', 'Operator'],
  ['crew', 'Crew'],
  ['aircraft', 'Aircraft'],
];
