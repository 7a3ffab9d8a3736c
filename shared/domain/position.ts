import * as z from 'zod';

/** Where a fix came from. */
export const FixSource = z.enum(['caller', 'sms', 'operator', 'crew', 'ais', 'aircraft', 'estimate']);
/** Where a fix came from. */
export type FixSource = z.infer<typeof FixSource>;

/**
 * One position report on a case. The raw text is always kept; lat/lon are null when the text
 * could not be parsed, and `warnings` carries the reason and any plausibility doubts.
 */
export const Fix = z.object({
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  raw: z.string().max(2000).nullable(),
  format: z.string().nullable(),
  at: z.string(),
  source: FixSource,
  warnings: z.array(z.string()).default([]),
  confirmed: z.boolean().default(false),
  /** Index of the fix this one corrects, when an operator corrected a misread position. */
  corrects: z.number().int().optional(),
  /** Set when the fix was withdrawn (typed into the wrong case, a correction undone): kept, not reasoned from. */
  withdrawn: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
});
/** One position report on a case. */
export type Fix = z.infer<typeof Fix>;

/** A search-and-rescue region that contains a position. */
export const SrrRef = z.object({ code: z.string(), name: z.string(), rcc: z.string() });
/** A search-and-rescue region that contains a position. */
export type SrrRef = z.infer<typeof SrrRef>;
