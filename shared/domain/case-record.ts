/**
 * What a hotline records about a boat and the people on it, as the civil MRCC's case manager
 * (derived from the OneFleet templates) keeps it: boat type and colour, engines, persons by group,
 * nationalities, departure, who rescued or intercepted, where people landed, and an outcome from a
 * fixed taxonomy so that a year's cases can be counted. Every field is optional: a caller on a
 * satellite phone says what they can.
 */
import * as z from 'zod';

/** A count of people; 10,000 is more than any boat carries. */
export const Count = z.number().int().min(0).max(10000);

/** What the boat is made of or what kind of vessel it is. */
export const BoatType = z.enum([
  'rubber',
  'wood',
  'iron',
  'fiberglass',
  'fishing_vessel',
  'sailing',
  'other',
  'unknown',
]);
/** The kind of boat. */
export type BoatType = z.infer<typeof BoatType>;

/** Whether the boat can still move on its own. */
export const EngineStatus = z.enum(['working', 'not_working', 'no_fuel', 'none', 'unknown']);
/** The engine status. */
export type EngineStatus = z.infer<typeof EngineStatus>;

/** Boat details as far as the caller could tell. */
export const Boat = z
  .object({
    type: BoatType.optional(),
    colour: z.string().trim().max(100).optional(),
    engineStatus: EngineStatus.optional(),
    engineCount: z.number().int().min(0).max(20).optional(),
    waterEntering: z.boolean().optional(),
    /** Anything else that identifies the boat: markings, length, decks. */
    description: z.string().trim().max(500).optional(),
  })
  .strict();
/** Boat details. */
export type Boat = z.infer<typeof Boat>;

/** Where and when the boat left (the time as an ISO date, or as the caller said it). */
export const Departure = z
  .object({
    place: z.string().trim().max(200).optional(),
    at: z.string().trim().max(40).optional(),
  })
  .strict();
/** Where and when the boat left. */
export type Departure = z.infer<typeof Departure>;

/** Where the people were brought ashore, and when. */
export const Disembarkation = Departure;
/** Where the people were brought ashore. */
export type Disembarkation = Departure;

/** How many people of one nationality are on board (null when the caller named it without a count). */
export const Nationality = z
  .object({
    country: z.string().trim().min(1).max(60),
    count: Count.nullable(),
  })
  .strict();
/** One nationality with its count. */
export type Nationality = z.infer<typeof Nationality>;

/** Nationalities on board, each named once. */
export const Nationalities = z
  .array(Nationality)
  .max(40)
  .refine((list) => new Set(list.map((n) => n.country.toLowerCase())).size === list.length, {
    message: 'name each nationality once',
  });

/**
 * How a case ended, as hotlines count them. Interceptions are split by who intercepted, because
 * being returned to Libya or Tunisia is what the yearly reports have to show.
 */
export const Outcome = z.enum([
  'rescued_ngo',
  'rescued_coastguard',
  'rescued_armed_forces',
  'rescued_merchant',
  'rescued_other',
  'intercepted_libya',
  'intercepted_tunisia',
  'intercepted_returned',
  'arrived_autonomously',
  'returned_autonomously',
  'shipwreck',
  'empty_boat_found',
  'missing',
  'duplicate',
  'unknown',
]);
/** How a case ended. */
export type Outcome = z.infer<typeof Outcome>;

/** The person counts a case keeps, in the order forms and reports list them. */
export const COUNT_FIELDS = ['personsOnBoard', 'men', 'women', 'children', 'medical', 'dead', 'missing'] as const;
/** One of the person counts. */
export type CountField = (typeof COUNT_FIELDS)[number];

/** The counts of the people on board, each null until someone said it. */
export type PersonCounts = Record<CountField, number | null>;

/**
 * Men, women and minors should not add up to more than everyone on board; when they do, the
 * record says so (it is not refused: the caller's numbers change during a call, field by field).
 */
export function countsProblem(c: PersonCounts): string | null {
  if (c.personsOnBoard === null) return null;
  const parts = (c.men ?? 0) + (c.women ?? 0) + (c.children ?? 0);
  return parts > c.personsOnBoard
    ? `men, women and minors add up to ${parts}, more than the ${c.personsOnBoard} on board`
    : null;
}
