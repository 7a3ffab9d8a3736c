/**
 * A case's timeline: a closed set of entry types, each with the data it carries. Server, worker,
 * SITREP and web all compare against these names, so a typo is a compile error, not a silently
 * empty filter. Data schemas are loose (extra fields kept) and mostly optional, because entries
 * written by earlier versions must still read: a timeline is evidence and is never rewritten.
 */
import * as z from 'zod';

const str = z.string();
const num = z.number();
const ids = z.array(z.string());

/** One field a change touched, with its value before and after (nested fields as `boat.type`). */
export const FieldChange = z.object({
  field: str,
  from: z.union([str, num, z.boolean(), z.null()]),
  to: z.union([str, num, z.boolean(), z.null()]),
});
/** One changed field. */
export type FieldChange = z.infer<typeof FieldChange>;
const changes = z.array(FieldChange);

/** The data each entry type carries. */
export const TIMELINE_DATA = {
  /** A call or caller SMS was logged. */
  call: z.looseObject({ callId: str, channel: str, personsOnBoard: num.nullable(), warnings: ids }).partial(),
  /** A caller's text message that held no position. */
  message: z.looseObject({ channel: str, text: str }).partial(),
  /** A position report (or a correction of one, with `corrects`). */
  position: z.looseObject({ warnings: ids, corrects: num.nullable(), reportedAt: str }).partial(),
  /** An operator confirmed fix `index` with the caller. */
  'position-confirmed': z.looseObject({ index: num }).partial(),
  /** Counts, boat or departure changed (`changes`: each field, old -> new). */
  details: z.looseObject({ reason: str.nullable(), changes, callId: str }).partial(),
  /** The IAMSAR phase changed. */
  phase: z.looseObject({ phase: str, reason: str.nullable(), changes }).partial(),
  /** The case was closed or reopened. */
  status: z.looseObject({ status: str, outcome: str, reason: str.nullable(), changes }).partial(),
  /** The boat crossed into or out of a search-and-rescue region. */
  geofence: z.looseObject({ entered: ids, left: ids }).partial(),
  /** A SITREP was issued. */
  sitrep: z.looseObject({ number: num }).partial(),
  /** One attempt to reach a rescue centre or authority. */
  'authority-contact': z
    .looseObject({ authority: str, channel: str, outcome: str, referredTo: str, notes: str, at: str })
    .partial(),
  /** A rescue vessel was assigned. */
  assignment: z.looseObject({ mmsi: str }).partial(),
  /** Matching ran and had something to say (no position yet, no harbour left). */
  matching: z.looseObject({ state: str }).partial(),
  /** A harbour was asked to let the boat dock. */
  'docking-requested': z.looseObject({ requestId: str, harbourId: str }).partial(),
  /** A harbour accepted. */
  'docking-accepted': z.looseObject({ requestId: str, places: num.nullable() }).partial(),
  /** A harbour declined. */
  'docking-declined': z.looseObject({ requestId: str }).partial(),
  /** Nobody answered a request by its deadline. */
  'docking-expired': z.looseObject({ requestId: str }).partial(),
  /** A request was withdrawn (another port accepted, or the case closed). */
  'docking-cancelled': z.looseObject({ requestId: str }).partial(),
  /** A message to a harbour went out, was stored in the outbox, or was delivered. */
  notification: z.looseObject({ requestId: str, notificationId: str, providerId: str.nullable() }).partial(),
  /** Something needs a human now: a harbour could not be reached, nobody is left to ask. */
  escalation: z.looseObject({ requestId: str, notificationId: str }).partial(),
  /** An outbox message was relayed by hand (phoned or texted by an operator). */
  relayed: z.looseObject({ notificationId: str, requestId: str, channel: str, note: str.nullable() }).partial(),
  /** An operator opened the case and saw what asked for attention (`items`: what it was). */
  seen: z.looseObject({ items: ids, upTo: str }).partial(),
  /** A fix was withdrawn (typed into the wrong case, moved by a split); it stays on record, marked. */
  'position-withdrawn': z.looseObject({ index: num, reason: str.nullable() }).partial(),
  /** Another case was folded into this one (`from`), or this one into another (`into`). */
  merge: z.looseObject({ from: str, into: str, fromCode: str.nullable(), reason: str.nullable() }).partial(),
  /** Positions were split off into a new case (`into`), or this case was split off (`from`). */
  split: z.looseObject({ from: str, into: str, positions: z.array(num), reason: str.nullable() }).partial(),
  /** The case was exported (JSON or CSV) by a supervisor. */
  export: z.looseObject({ format: str, scope: str }).partial(),
} as const;

/** A timeline entry type. */
export type TimelineType = keyof typeof TIMELINE_DATA;
/** Every timeline entry type, for enums and exhaustive checks. */
export const TIMELINE_TYPES = Object.keys(TIMELINE_DATA) as [TimelineType, ...TimelineType[]];
/** A timeline entry type, as a schema. */
export const TimelineTypeSchema = z.enum(TIMELINE_TYPES);

/** The data of one entry type. */
export type TimelineData<T extends TimelineType> = z.infer<(typeof TIMELINE_DATA)[T]>;

/** One entry of a case's append-only timeline (a Redis Stream entry). */
export const TimelineEntry = z.object({
  id: z.string(),
  at: z.string(),
  type: TimelineTypeSchema,
  actor: z.string(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()).default({}),
});

/** One timeline entry, its data typed by its type. */
export type TimelineEntry = {
  [T in TimelineType]: { id: string; at: string; type: T; actor: string; summary: string; data: TimelineData<T> };
}[TimelineType];

/** A timeline entry of one type. */
export type TimelineEntryOf<T extends TimelineType> = Extract<TimelineEntry, { type: T }>;

/** A timeline entry before Redis gives it an id; `at` defaults to now. */
export type NewTimelineEntry = {
  [T in TimelineType]: { type: T; actor: string; summary: string; at?: string; data?: TimelineData<T> };
}[TimelineType];

/** Whether an entry is of the given type (narrows its data). */
export function isEntry<T extends TimelineType>(e: TimelineEntry, type: T): e is TimelineEntryOf<T> {
  return e.type === type;
}
