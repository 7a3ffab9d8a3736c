import { z } from 'zod';

/** A live vessel or aircraft position as the console shows it. */
export const VesselPosition = z.object({
  mmsi: z.string(),
  name: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  speed: z.number().nullable(),
  course: z.number().nullable(),
  heading: z.number().nullable(),
  source: z.enum(['ais', 'crew', 'simulator']),
  kind: z.enum(['vessel', 'rescue', 'aircraft']).default('vessel'),
  at: z.string(),
});
/** A live vessel position. */
export type VesselPosition = z.infer<typeof VesselPosition>;
