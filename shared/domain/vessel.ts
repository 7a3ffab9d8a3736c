import * as z from 'zod';

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
  /** Altitude in metres, for SAR aircraft (AIS type 9). */
  alt: z.number().nullable().optional(),
  /** AIS ship and cargo type (0-99) from the vessel's static report (types 5, 19, 24), when one was heard. */
  shiptype: z.number().int().min(0).max(99).optional(),
  /** True when the report comes from an AIS-SART (message type 14, or the 970 MMSI range): a distress alarm. */
  sart: z.boolean().optional(),
  at: z.string(),
});
/** A live vessel position. */
export type VesselPosition = z.infer<typeof VesselPosition>;

/** One point of a vessel's recent track (kept at most every 30 s, 200 points per vessel). */
export const TrackPoint = z.object({
  lat: z.number(),
  lon: z.number(),
  at: z.string(),
  speed: z.number().nullable(),
  course: z.number().nullable(),
});
/** A track point. */
export type TrackPoint = z.infer<typeof TrackPoint>;

/** Body of POST /api/vessels/:mmsi/positions: a rescue crew reporting its own vessel's position. */
export const CrewPositionInput = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    speed: z.number().min(0).max(102.2).optional(),
    course: z.number().min(0).lt(360).optional(),
    heading: z.number().min(0).lt(360).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
/** A crew position report. */
export type CrewPositionInput = z.infer<typeof CrewPositionInput>;
