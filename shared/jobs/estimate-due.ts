import * as z from 'zod';

/** Payload of the delayed `estimate-due` queue: a case's newest fix has aged; tell the consoles its estimate. */
export const EstimateDueJob = z.object({ caseId: z.string().min(1), fixCount: z.number().int().min(0) });
/** Payload of the `estimate-due` queue. */
export type EstimateDueJob = z.infer<typeof EstimateDueJob>;
