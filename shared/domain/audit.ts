/**
 * The global audit log: who logged in (or failed to), who changed users, roles and harbours, who
 * exported a case, what retention purged, who revealed a caller's number. A closed set of entry
 * types, hash-chained like a case timeline. Entries never name a case or a person at sea: a case
 * is referred to by `caseRef` (a keyed hash of its id), so a purged case leaves no trace in it.
 */
import * as z from 'zod';

/** Every audit entry type. */
export const AUDIT_TYPES = [
  'login',
  'login-failed',
  'login-refused',
  'logout',
  'user-created',
  'user-changed',
  'session-ended',
  'harbour-created',
  'harbour-changed',
  'export',
  'retention',
  'caller-number-revealed',
] as const;
/** An audit entry type. */
export const AuditType = z.enum(AUDIT_TYPES);
/** An audit entry type. */
export type AuditType = z.infer<typeof AuditType>;

/** One audit entry as stored and shown to supervisors. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  type: AuditType,
  /** Who did it: a username, `cli`, `retention`, or `anonymous`. */
  actor: z.string(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
  /** The case it concerns when that case still exists (resolved from `data.caseRef` when read). */
  caseId: z.string().optional(),
});
/** One audit entry. */
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An audit entry before it is written. */
export interface NewAuditEntry {
  type: AuditType;
  actor: string;
  summary: string;
  data?: Record<string, unknown>;
  at?: string;
}
