import * as z from 'zod';

/** Lifecycle of a docking request. */
export const DockingStatus = z.enum(['pending', 'accepted', 'declined', 'expired', 'cancelled']);
/** Lifecycle of a docking request. */
export type DockingStatus = z.infer<typeof DockingStatus>;

/**
 * A docking request as a harbour sees it: only what it needs to decide. No caller number, no raw
 * positions, no operator notes; the area is rounded to a whole degree.
 */
export const HarbourDockingView = z.object({
  id: z.string(),
  harbourId: z.string(),
  status: DockingStatus,
  personsOnBoard: z.number().int().nullable(),
  women: z.number().int().nullable(),
  children: z.number().int().nullable(),
  medical: z.number().int().nullable(),
  approximateArea: z.string(),
  distanceNm: z.number(),
  etaHours: z.number().nullable(),
  deadline: z.string(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  places: z.number().int().nullable(),
});
/** A docking request as a harbour sees it. */
export type HarbourDockingView = z.infer<typeof HarbourDockingView>;

/** A docking request as operators see it (the harbour view plus the case it belongs to). */
export const DockingRequest = HarbourDockingView.extend({
  caseId: z.string(),
  harbourName: z.string(),
  rank: z.number().int(),
  note: z.string().nullable(),
  answeredBy: z.string().nullable(),
});
/** A docking request as operators see it. */
export type DockingRequest = z.infer<typeof DockingRequest>;

/** Body of POST /api/docking-requests/:id/answer. */
export const DockingAnswerInput = z
  .object({
    answer: z.enum(['accept', 'decline']),
    places: z.number().int().min(0).max(100000).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
/** Body of POST /api/docking-requests/:id/answer. */
export type DockingAnswerInput = z.infer<typeof DockingAnswerInput>;
