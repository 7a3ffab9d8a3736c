import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { DomainError, RateLimitedError, type DomainErrorKind } from '../../shared/backend/errors';
import { isStoreUnavailable, storeUnavailable } from '../../shared/backend/redis';

/** The one mapping from domain errors to HTTP statuses. `not_yours` is 404 unless a route says 403. */
export const STATUS_OF: Record<DomainErrorKind, number> = {
  not_found: 404,
  not_yours: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  unauthenticated: 401,
  rate_limited: 429,
  unavailable: 503,
};

/** An error the client caused or may know about: becomes `{error, message}` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 404 for API paths nobody serves. */
export const notFound: RequestHandler = (req, _res, next) =>
  next(new HttpError(404, 'not_found', `no such endpoint: ${req.method} ${req.baseUrl}${req.path}`));

function describeZod(err: ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
}

/** The one error handler: known errors become clear 4xx; anything else is logged and a bare 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    let e: HttpError;
    if (err instanceof HttpError) e = err;
    else if (err instanceof DomainError) {
      // A foreign object reads as missing by default: its existence is not the caller's business.
      e =
        err.kind === 'not_yours'
          ? new HttpError(404, 'not_found', err.message)
          : new HttpError(STATUS_OF[err.kind], err.code, err.message, err.details);
      if (err instanceof RateLimitedError) res.set('Retry-After', String(err.retryAfterSeconds));
    } else if (err instanceof ZodError)
      e = new HttpError(
        400,
        'invalid_body',
        describeZod(err),
        err.issues.map((i) => ({ path: i.path, message: i.message })),
      );
    else if (err?.type === 'entity.too.large')
      e = new HttpError(413, 'payload_too_large', `request body is larger than ${err.limit} bytes`);
    else if (err?.type === 'entity.parse.failed')
      e = new HttpError(400, 'invalid_json', 'request body is not valid JSON');
    else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported')
      e = new HttpError(415, 'unsupported_encoding', String(err.message));
    else if (isStoreUnavailable(err)) {
      // Redis is away: a clear 503 within seconds (the `api` connection fails fast), never a 500.
      log.warn({ err: (err as Error).message, method: req.method, path: req.path }, 'store unavailable');
      e = new HttpError(503, 'store_unavailable', storeUnavailable().message);
      res.set('Retry-After', '5');
    } else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500)
      e = new HttpError(err.status, 'bad_request', String(err.message));
    else {
      log.error({ err, method: req.method, path: req.path }, 'unhandled error');
      e = new HttpError(500, 'internal', 'internal server error; check the case before retrying');
    }
    res.status(e.status).json({ error: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) });
  };
}
