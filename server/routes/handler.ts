/**
 * The types that tie a handler to its row of the route table: what it receives (validated params,
 * query and body; the caller) and what it must answer, all inferred from the row's schemas.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { EndpointDef } from '../../shared/api/endpoint';
import type { Deps } from '../deps';
import type { Auth } from '../http/auth';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives. `auth` is always set for endpoints that need a session. */
export interface Ctx<E extends EndpointDef> {
  deps: Deps;
  auth: E['callers'] extends 'anyone' | 'twilio' | 'monitoring' ? Auth | undefined : Auth;
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  req: Request;
  res: Response;
}

type ViewInputs<E extends EndpointDef> =
  E['views'] extends Record<string, z.ZodType> ? z.input<E['views'][keyof E['views']]> : never;

/** What a handler answers: nothing for 204, text for text endpoints, else the (or a role's) body. */
export type Reply<E extends EndpointDef> = E['status'] extends 204
  ? void
  : E['produces'] extends 'text/plain' | 'text/xml' | 'text/html' | 'text/css'
    ? string
    : E['response'] extends z.ZodType
      ? z.input<E['response']> | ViewInputs<E>
      : unknown;

/** The use-case call behind one endpoint. */
export type Handler<E extends EndpointDef> = (ctx: Ctx<E>) => Promise<Reply<E>>;

/** One handler per endpoint of a group of the table: a missing one is a compile error. */
export type Handlers<G extends Record<string, EndpointDef>> = { [K in keyof G]: Handler<G[K]> };
