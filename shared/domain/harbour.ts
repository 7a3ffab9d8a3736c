import * as z from 'zod';

/** A contact reached for docking requests: phone for SMS/voice; never shown to other harbours. */
export const Contact = z.object({
  name: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  channels: z.array(z.enum(['sms', 'voice'])).default(['sms']),
});
/** A harbour contact. */
export type Contact = z.infer<typeof Contact>;

/** A disembarkation port or a reception ("safe harbour") city. */
export const Harbour = z.object({
  id: z.string(),
  name: z.string().min(1).max(200),
  kind: z.enum(['port', 'city']),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z.string().max(100),
  willing: z.boolean(),
  capacity: z.number().int().min(0).max(100000),
  medical: z.boolean(),
  contacts: z.array(Contact).default([]),
});
/** A disembarkation port or a reception city. */
export type Harbour = z.infer<typeof Harbour>;

/** Body of POST /api/harbours. */
export const HarbourInput = Harbour.omit({ id: true }).extend({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
});
/** Body of POST /api/harbours. */
export type HarbourInput = z.infer<typeof HarbourInput>;

/**
 * Body of PATCH /api/harbours/:id: only the fields named change. Built without `contacts`'
 * default, which would otherwise turn "change the capacity" into "and delete every contact".
 */
export const HarbourPatch = Harbour.omit({ id: true })
  .extend({ contacts: z.array(Contact) })
  .partial()
  .strict();
/** Body of PATCH /api/harbours/:id. */
export type HarbourPatch = z.infer<typeof HarbourPatch>;
