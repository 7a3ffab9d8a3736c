import * as z from 'zod';

/** Payload of the repeatable `retention` queue: purge closed cases older than RETENTION_DAYS. */
export const RetentionJob = z.object({}).strict();
/** Payload of the `retention` queue. */
export type RetentionJob = z.infer<typeof RetentionJob>;
