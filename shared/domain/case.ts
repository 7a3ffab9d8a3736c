import * as z from 'zod';
import { Fix, SrrRef } from './position';
import { DockingRequest } from './docking-request';
import { TimelineEntry } from './timeline';
import { Matching } from './matching';
import { Boat, Count, Departure, Disembarkation, Nationalities, Outcome } from './case-record';

export { TimelineEntry };
export * from './case-record';

/** IAMSAR emergency phases: uncertainty, alert, distress. */
export const Phase = z.enum(['INCERFA', 'ALERFA', 'DETRESFA']);
/** IAMSAR emergency phase. */
export type Phase = z.infer<typeof Phase>;

/** Whether the hotline is still working the case. */
export const CaseStatus = z.enum(['open', 'closed']);
/** Case status. */
export type CaseStatus = z.infer<typeof CaseStatus>;

const count = Count;

/** Body of POST /api/calls: everything but the caller number is optional. */
export const CallInput = z
  .object({
    callerNumber: z.string().trim().min(3).max(40),
    position: z.string().max(2000).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    personsOnBoard: count.optional(),
    men: count.optional(),
    women: count.optional(),
    children: count.optional(),
    medical: count.optional(),
    boat: Boat.optional(),
    departure: Departure.optional(),
    notes: z.string().max(10000).optional(),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((c) => (c.lat === undefined) === (c.lon === undefined), {
    message: 'lat and lon must be given together',
    path: ['lon'],
  });
/** Body of POST /api/calls. */
export type CallInput = z.infer<typeof CallInput>;

/** A dead-reckoned position when the newest fix has aged: always labelled an estimate, never a fix. */
export const Estimate = z.object({
  lat: z.number(),
  lon: z.number(),
  radiusNm: z.number(),
  basedOn: z.number().int(),
  courseDeg: z.number().nullable(),
  speedKn: z.number(),
  at: z.string(),
});
/** A dead-reckoned position. */
export type Estimate = z.infer<typeof Estimate>;

/** An authority the hotline tried to reach about the case, from the contact log (newest attempt). */
export const AuthorityAlerted = z.object({ authority: z.string(), at: z.string(), outcome: z.string() });

/** Another case folded into this one (two phones on one boat), by id and code, so both stay findable. */
export const MergedCase = z.object({ id: z.string(), code: z.string().nullable() });

/** A case as operators see it. */
export const Case = z.object({
  id: z.string(),
  /** The hotline's case code, such as AP0001-2024 (null for cases logged before codes existed). */
  code: z.string().nullable(),
  status: CaseStatus,
  outcome: Outcome.nullable(),
  phase: Phase,
  callerNumber: z.string().nullable(),
  positions: z.array(Fix),
  srr: z.array(SrrRef),
  estimate: Estimate.nullable(),
  personsOnBoard: z.number().int().nullable(),
  men: z.number().int().nullable(),
  women: z.number().int().nullable(),
  /** Minors. */
  children: z.number().int().nullable(),
  medical: z.number().int().nullable(),
  dead: z.number().int().nullable(),
  missing: z.number().int().nullable(),
  nationalities: Nationalities,
  boat: Boat,
  departure: Departure,
  /** Who rescued or intercepted the people (a ship's name, "Libyan coast guard"). */
  rescuedBy: z.string().nullable(),
  disembarkation: Disembarkation,
  /** Derived from the contact log: every authority tried, with the newest attempt's time and outcome. */
  authoritiesAlerted: z.array(AuthorityAlerted),
  /** This case was folded into another (it is closed as a duplicate). */
  mergedInto: z.string().nullable(),
  /** Cases folded into this one. */
  mergedFrom: z.array(MergedCase),
  /** The case this one was split off from. */
  splitFrom: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  dockingRequests: z.array(DockingRequest),
  /** Where the search for a port stands (derived from the placement fields and the requests). */
  matching: Matching,
  timeline: z.array(TimelineEntry),
});
/** A case as operators see it. */
export type Case = z.infer<typeof Case>;

/** How an attempt to reach a rescue centre or authority went: the record that documents non-assistance. */
export const ContactOutcome = z.enum(['unreachable', 'no_answer', 'acknowledged', 'refused', 'referred']);

/** Body of POST /api/cases/:id/contacts: one attempt to reach an authority. */
export const AuthorityContactInput = z
  .object({
    authority: z.string().trim().min(2).max(200),
    channel: z.enum(['phone', 'email', 'radio', 'fax', 'sms', 'other']),
    outcome: ContactOutcome,
    referredTo: z.string().max(200).optional(),
    notes: z.string().max(4000).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((c) => c.outcome !== 'referred' || c.referredTo, {
    message: 'say whom they referred you to',
    path: ['referredTo'],
  });
/** Body of POST /api/cases/:id/contacts. */
export type AuthorityContactInput = z.infer<typeof AuthorityContactInput>;

/** Body of POST /api/cases/:id/assign: the rescue vessel (MMSI) whose crew takes the case. */
export const AssignInput = z.object({ mmsi: z.string().regex(/^\d{9}$/, 'a 9-digit MMSI') }).strict();
/** Body of POST /api/cases/:id/assign. */
export type AssignInput = z.infer<typeof AssignInput>;

/** Body of PATCH /api/cases/:id. */
export const CasePatch = z
  .object({
    status: CaseStatus.optional(),
    phase: Phase.optional(),
    outcome: Outcome.optional(),
    notes: z.string().max(10000).optional(),
    reason: z.string().max(2000).optional(),
    // null clears a count that turned out to be wrong.
    personsOnBoard: count.nullable().optional(),
    men: count.nullable().optional(),
    women: count.nullable().optional(),
    children: count.nullable().optional(),
    medical: count.nullable().optional(),
    dead: count.nullable().optional(),
    missing: count.nullable().optional(),
    nationalities: Nationalities.optional(),
    boat: Boat.optional(),
    departure: Departure.optional(),
    rescuedBy: z.string().trim().max(200).nullable().optional(),
    disembarkation: Disembarkation.optional(),
  })
  .strict();
/** Body of PATCH /api/cases/:id. */
export type CasePatch = z.infer<typeof CasePatch>;

/** Body of POST /api/cases/:id/positions. */
export const PositionInput = z
  .object({
    text: z.string().max(2000).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    source: z.enum(['caller', 'sms', 'operator', 'crew', 'aircraft']).default('operator'),
    at: z.iso.datetime({ offset: true }).optional(),
    /** Index in positions[] of the fix this one corrects (an operator fixing a misread position). */
    corrects: z.number().int().min(0).optional(),
    /** Required to correct a fix that was confirmed with the caller: the operator said "yes, replace it". */
    supersedeConfirmed: z.boolean().optional(),
  })
  .strict()
  .refine((p) => p.text !== undefined || (p.lat !== undefined && p.lon !== undefined), {
    message: 'give text, or lat and lon',
  });
/** Body of POST /api/cases/:id/positions. */
export type PositionInput = z.infer<typeof PositionInput>;

/** Body of POST /api/cases/:id/positions/:index/withdraw. */
export const WithdrawInput = z
  .object({
    reason: z.string().trim().min(2, 'say why the position is withdrawn').max(500),
    /** Required to withdraw a fix that was confirmed with the caller. */
    supersedeConfirmed: z.boolean().optional(),
  })
  .strict();
/** Body of POST /api/cases/:id/positions/:index/withdraw. */
export type WithdrawInput = z.infer<typeof WithdrawInput>;
