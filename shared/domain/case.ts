import * as z from 'zod';
import { Fix, SrrRef } from './position';
import { DockingRequest } from './docking-request';
import { TimelineEntry } from './timeline';

export { TimelineEntry };

/** IAMSAR emergency phases: uncertainty, alert, distress. */
export const Phase = z.enum(['INCERFA', 'ALERFA', 'DETRESFA']);
/** IAMSAR emergency phase. */
export type Phase = z.infer<typeof Phase>;

/** Whether the hotline is still working the case. */
export const CaseStatus = z.enum(['open', 'closed']);
/** Case status. */
export type CaseStatus = z.infer<typeof CaseStatus>;

/** How a case ended: a fixed taxonomy so that outcomes can be counted. */
export const Outcome = z.enum([
  'rescued_ngo',
  'rescued_merchant',
  'rescued_coastguard',
  'intercepted_returned',
  'arrived_autonomously',
  'shipwreck',
  'missing',
  'unknown',
]);
/** How a case ended. */
export type Outcome = z.infer<typeof Outcome>;

const count = z.number().int().min(0).max(10000);

/** Boat details as far as the caller could tell. */
export const Boat = z
  .object({
    type: z.string().max(100).optional(),
    colour: z.string().max(100).optional(),
    engine: z.string().max(100).optional(),
    waterEntering: z.boolean().optional(),
  })
  .strict();
/** Boat details. */
export type Boat = z.infer<typeof Boat>;

/** Where and when the boat left. */
export const Departure = z
  .object({
    place: z.string().max(200).optional(),
    at: z.string().max(40).optional(),
  })
  .strict();

/** Body of POST /api/calls: everything but the caller number is optional. */
export const CallInput = z
  .object({
    callerNumber: z.string().trim().min(3).max(40),
    position: z.string().max(2000).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    personsOnBoard: count.optional(),
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

/** A case as operators see it. */
export const Case = z.object({
  id: z.string(),
  status: CaseStatus,
  outcome: Outcome.nullable(),
  phase: Phase,
  callerNumber: z.string().nullable(),
  positions: z.array(Fix),
  srr: z.array(SrrRef),
  estimate: Estimate.nullable(),
  personsOnBoard: z.number().int().nullable(),
  women: z.number().int().nullable(),
  children: z.number().int().nullable(),
  medical: z.number().int().nullable(),
  boat: Boat,
  departure: Departure,
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  dockingRequests: z.array(DockingRequest),
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
    women: count.nullable().optional(),
    children: count.nullable().optional(),
    medical: count.nullable().optional(),
    boat: Boat.optional(),
    departure: Departure.optional(),
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
  })
  .strict()
  .refine((p) => p.text !== undefined || (p.lat !== undefined && p.lon !== undefined), {
    message: 'give text, or lat and lon',
  });
/** Body of POST /api/cases/:id/positions. */
export type PositionInput = z.infer<typeof PositionInput>;
