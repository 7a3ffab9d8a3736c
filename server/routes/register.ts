/**
 * Registers every row of the route table on the app: who may call (401/403, CSRF), validation
 * (404 for a malformed id, 400 naming the field), the handler, and the answer parsed through the
 * row's response schema on the way out, so a field the table does not declare for that role
 * (a caller's number in a harbour's view, say) cannot leave the server even if a handler leaks it.
 */
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { API, type EndpointDef, type EndpointId } from '../../shared/api';
import { NotYoursError } from '../../shared/backend/errors';
import { confirmReplicated } from '../../shared/backend/redis';
import type { Deps } from '../deps';
import { allowCallers } from '../http/auth';
import { HttpError } from '../http/errors';
import type { Ctx, Handler } from './handler';

/** Every endpoint's handler, by id. */
export type AllHandlers = { [K in EndpointId]: Handler<(typeof API)[K]> };

/** Register the whole table; throws at start-up when a row has no handler (or a handler no row). */
export function registerRoutes(app: Express, deps: Deps, handlers: AllHandlers): void {
  const ids = Object.keys(API) as EndpointId[];
  const missing = ids.filter((id) => typeof handlers[id] !== 'function');
  const extra = Object.keys(handlers).filter((id) => !(id in API));
  if (missing.length || extra.length)
    throw new Error(
      `route table and handlers disagree: missing ${missing.join(', ') || 'none'}, extra ${extra.join(', ') || 'none'}`,
    );
  for (const id of ids) {
    const e: EndpointDef = API[id];
    app[e.method](
      e.path,
      allowCallers(e.callers, deps.config),
      serve(deps, e, handlers[id] as unknown as Handler<EndpointDef>),
    );
  }
}

function serve(deps: Deps, e: EndpointDef, handler: Handler<EndpointDef>): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const params = e.params ? e.params.safeParse(req.params) : null;
    if (params && !params.success)
      throw new HttpError(
        404,
        'not_found',
        `no such ${e.tag.toLowerCase().replace(/s$/, '')}: ${Object.values(req.params).join('/').slice(0, 60)}`,
      );
    const query = e.query ? e.query.safeParse(req.query) : null;
    if (query && !query.success)
      throw new HttpError(
        400,
        'invalid_query',
        query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const ctx = {
      deps,
      auth: req.auth,
      req,
      res,
      params: params?.data,
      query: query?.data,
      // A schema error here becomes 400 invalid_body naming the field (the error handler).
      body: e.body ? e.body.parse(req.body ?? {}) : undefined,
    } as Ctx<EndpointDef>;
    let result: unknown;
    try {
      result = await handler(ctx);
    } catch (err) {
      if (err instanceof NotYoursError && e.foreign === 403) throw new HttpError(403, 'forbidden', err.message);
      throw err;
    }
    if (res.headersSent) return;
    // A handler may answer another status of its own (health: 503 with its body when Redis is down).
    const status = res.statusCode !== 200 ? res.statusCode : e.status;
    // An acknowledgement promises durability: with replicas configured, only once one holds the write.
    if (e.method !== 'get' && status < 400) await confirmReplicated(deps.store.redis, deps.config.redis);
    if (status === 204) {
      res.status(204).end();
      return;
    }
    const produces = e.produces ?? 'application/json';
    if (produces !== 'application/json') {
      if (!res.get('Content-Type')) res.type(`${produces}; charset=utf-8`);
      res.status(status).send(result as string);
      return;
    }
    const role = req.auth?.user.role;
    const schema: z.ZodType | undefined = (role && e.views?.[role]) || e.response;
    if (!schema) {
      res.status(status).json(result);
      return;
    }
    const out = schema.safeParse(result);
    // The handler broke the table's promise: a bug, never the client's fault, and nothing is sent.
    if (!out.success)
      return next(
        new Error(
          `${e.method.toUpperCase()} ${e.path}: answer does not match its schema: ${out.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`,
        ),
      );
    res.status(status).json(out.data);
  };
}
