import * as z from 'zod';

/** Payload of the delayed `docking-deadline` queue: expire a request nobody answered in time. */
export const DockingDeadlineJob = z.object({ requestId: z.string().min(1) });
/** Payload of the `docking-deadline` queue. */
export type DockingDeadlineJob = z.infer<typeof DockingDeadlineJob>;
