import type { BoatType, Case, CountField, EngineStatus, Outcome, Phase } from '../../../../shared/domain/case';

/** IAMSAR phases with what each means, for the phase select. */
export const PHASES: ReadonlyArray<readonly [Phase, string]> = [
  ['INCERFA', 'INCERFA: uncertainty'],
  ['ALERFA', 'ALERFA: alert'],
  ['DETRESFA', 'DETRESFA: distress'],
];

/** How a case can end, in the server's fixed taxonomy, in words. */
export const OUTCOMES: ReadonlyArray<readonly [Outcome, string]> = [
  ['rescued_ngo', 'Rescued by an NGO ship'],
  ['rescued_coastguard', 'Rescued by a coast guard'],
  ['rescued_armed_forces', 'Rescued by armed forces (navy, EU operation)'],
  ['rescued_merchant', 'Rescued by a merchant vessel'],
  ['rescued_other', 'Rescued by another vessel (fishing boat, yacht)'],
  ['intercepted_libya', 'Intercepted by the Libyan coast guard'],
  ['intercepted_tunisia', 'Intercepted by the Tunisian coast guard'],
  ['intercepted_returned', 'Intercepted by another authority and returned'],
  ['arrived_autonomously', 'Arrived autonomously'],
  ['returned_autonomously', 'Returned to the departure point on its own'],
  ['shipwreck', 'Shipwreck'],
  ['empty_boat_found', 'Empty boat found'],
  ['missing', 'Missing (fate unknown)'],
  ['duplicate', 'Duplicate of another case'],
  ['unknown', 'Unknown'],
];

/** An outcome in words. */
export function outcomeLabel(o: Outcome | null): string {
  return OUTCOMES.find(([v]) => v === o)?.[1] ?? 'no outcome recorded';
}

/** Kinds of boat (the server's closed list), in words. */
export const BOAT_TYPES: ReadonlyArray<readonly [BoatType, string]> = [
  ['rubber', 'Rubber boat'],
  ['wood', 'Wooden boat'],
  ['iron', 'Iron boat'],
  ['fiberglass', 'Fibreglass boat'],
  ['fishing_vessel', 'Fishing vessel'],
  ['sailing', 'Sailing boat'],
  ['other', 'Other'],
  ['unknown', 'Unknown'],
];

/** Engine states, in words. */
export const ENGINE_STATES: ReadonlyArray<readonly [EngineStatus, string]> = [
  ['working', 'Working'],
  ['not_working', 'Not working'],
  ['no_fuel', 'Out of fuel'],
  ['none', 'No engine'],
  ['unknown', 'Unknown'],
];

/** The person counts, in the order the form and the facts list them. */
export const COUNT_LABELS: ReadonlyArray<readonly [CountField, string]> = [
  ['personsOnBoard', 'Persons on board'],
  ['men', 'Men'],
  ['women', 'Women'],
  ['children', 'Minors'],
  ['medical', 'Medical cases'],
  ['dead', 'Dead'],
  ['missing', 'Missing'],
];

/** A case field as the timeline names it when it shows what changed (`boat.type`, `personsOnBoard`). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(COUNT_LABELS),
  status: 'Status',
  phase: 'Phase',
  outcome: 'Outcome',
  notes: 'Notes',
  nationalities: 'Nationalities',
  'boat.type': 'Boat type',
  'boat.colour': 'Boat colour',
  'boat.engineStatus': 'Engine',
  'boat.engineCount': 'Engines',
  'boat.waterEntering': 'Water entering',
  'boat.description': 'Boat description',
  'departure.place': 'Departure place',
  'departure.at': 'Departure time',
  rescuedBy: 'Rescued or intercepted by',
  'disembarkation.place': 'Disembarkation place',
  'disembarkation.at': 'Disembarkation time',
};

/** The boat in words: "Rubber boat, grey, 1 engine not working". */
export function boatSummary(boat: Case['boat']): string {
  const kind = BOAT_TYPES.find(([v]) => v === boat.type)?.[1];
  const engine = ENGINE_STATES.find(([v]) => v === boat.engineStatus)?.[1];
  const engines =
    boat.engineCount !== undefined ? `${boat.engineCount} engine${boat.engineCount === 1 ? '' : 's'}` : null;
  return (
    [
      kind,
      boat.colour,
      engines || engine ? `${[engines, engine && `engine ${engine.toLowerCase()}`].filter(Boolean).join(', ')}` : null,
      boat.description,
    ]
      .filter(Boolean)
      .join(', ') || '—'
  );
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
