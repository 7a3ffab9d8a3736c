/**
 * Domain errors: what a use case (server or worker) throws when the request cannot be done. They
 * know nothing of HTTP; server/http/errors.ts maps each kind to a status once. A use case decides
 * by the class of an error, never by reading another use case's message or code string.
 */

/** What went wrong, in the domain's words. */
export type DomainErrorKind =
  'not_found' | 'not_yours' | 'forbidden' | 'conflict' | 'invalid' | 'unauthenticated' | 'rate_limited' | 'unavailable';

/** Base of every domain error: a stable `code` for programs and a sentence for people. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor(message: string) {
    super('not_found', message);
  }
}

/**
 * The thing exists but belongs to someone else (another harbour's request, another crew's case).
 * The route table decides per endpoint whether this answers 404 (existence must not leak) or 403.
 */
export class NotYoursError extends DomainError {
  readonly kind = 'not_yours';
  constructor(message: string) {
    super('not_yours', message);
  }
}

/** The caller may not do this, whatever the object (a harbour editing fields only supervisors may). */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(message: string, code = 'forbidden') {
    super(code, message);
  }
}

/** The request clashes with the current state (already answered, already placed, exists). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** The input is well-formed but not acceptable (closing without an outcome, an empty change). */
export class InvalidError extends DomainError {
  readonly kind = 'invalid';
}

/** Nobody is logged in, or the credentials are wrong. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}

/** Too many attempts; `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends DomainError {
  readonly kind = 'rate_limited';
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

/** A dependency (Redis) cannot be reached: nothing was done, try again shortly. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
