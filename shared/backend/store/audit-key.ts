/**
 * The key that seals the audit chains when AUDIT_KEY is not set (development and tests only;
 * production requires AUDIT_KEY, see config.ts). With a known key the chains still catch edits,
 * deletions and reordering, but not someone who recomputes every hash.
 */
export const DEVELOPMENT_AUDIT_KEY = 'haven-development-audit-key-not-secret';
