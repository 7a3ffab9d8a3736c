/**
 * The typed API client: one function for every endpoint of the route table (shared/api), its
 * path, method, request and response types all taken from the table, so the console cannot call
 * an endpoint with a body the server would refuse, or read a field the server does not send.
 */
import type { z } from 'zod';
import { API, type Api, type EndpointDef, type EndpointId } from '../../../shared/api';
import { request, requestText, type RequestOptions } from './http';

type In<S> = S extends z.ZodType ? z.input<S> : never;
type Views<E extends EndpointDef> =
  E['views'] extends Record<string, z.ZodType> ? z.output<E['views'][keyof E['views']]> : never;

/** The request of an endpoint: path params, query and body, each only where the table has one. */
export type CallInput<E extends EndpointDef> = (E['params'] extends z.ZodType
  ? { params: In<E['params']> }
  : { params?: never }) &
  (E['query'] extends z.ZodType ? { query?: In<E['query']> } : { query?: never }) &
  (E['body'] extends z.ZodType ? { body: In<E['body']> } : { body?: never }) & { auth?: boolean };

/** The answer of an endpoint: the body (or, for a role with its own view, that view), or text. */
export type CallOutput<E extends EndpointDef> = E['status'] extends 204
  ? null
  : E['produces'] extends 'text/plain' | 'text/xml' | 'text/html' | 'text/css'
    ? { text: string; headers: Headers }
    : E['response'] extends z.ZodType
      ? z.output<E['response']> | Views<E>
      : unknown;

/** The URL of an endpoint with its path params filled in and its query appended. */
export function urlOf(
  e: EndpointDef,
  params: Record<string, unknown> = {},
  query: Record<string, unknown> = {},
): string {
  const path = e.path.replace(/:([A-Za-z0-9_]+)/g, (_, k: string) => encodeURIComponent(String(params[k])));
  const qs = new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return qs.size ? `${path}?${qs}` : path;
}

/** Calls endpoint `id` of the route table. Throws an ApiError on failure. */
export async function call<K extends EndpointId>(id: K, input: CallInput<Api[K]>): Promise<CallOutput<Api[K]>> {
  const e: EndpointDef = API[id];
  const i = input as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
    auth?: boolean;
  };
  const url = urlOf(e, i.params, i.query);
  const method = e.method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'DELETE';
  const opts: RequestOptions = { body: i.body, auth: i.auth };
  if (e.produces && e.produces !== 'application/json')
    return (await requestText(method, url, opts)) as CallOutput<Api[K]>;
  return request<CallOutput<Api[K]>>(method, url, opts);
}
