/**
 * The shape of one row of the route table: everything the outside relies on about an endpoint,
 * declared once. The server registers its routes from these rows (server/routes/register.ts), the
 * OpenAPI document is generated from them, the web client's request and response types come from
 * them, and the access test walks them. Browser-safe: schemas only, no handlers.
 */
import type { z } from 'zod';
import type { Role } from '../domain/user';

/** HTTP methods the API uses. */
export type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Who may call: `anyone` (no session), `session` (any logged-in user), `twilio` (a valid Twilio
 * signature), `monitoring` (the operators' monitoring), or a list of roles.
 */
export type Callers = 'anyone' | 'session' | 'twilio' | 'monitoring' | readonly Role[];

/** What an endpoint answers with. */
export type Produces = 'application/json' | 'text/plain' | 'text/xml' | 'text/html' | 'text/css';

/** One endpoint. */
export interface EndpointDef {
  method: Method;
  /** Express-style path with `:param` segments. */
  path: string;
  /** One line for the API page. */
  summary: string;
  /** More for the API page: rules, what each role sees. */
  description?: string;
  /** The section of the API page. */
  tag: string;
  callers: Callers;
  /**
   * What a caller allowed by role gets for an object that belongs to someone else (another
   * harbour's request, another crew's case): 404 where even existence must not leak, else 403.
   */
  foreign?: 403 | 404;
  /** Path parameters; a value that fails the schema answers 404 (no such thing). */
  params?: z.ZodObject;
  /** Query parameters; a value that fails answers 400. */
  query?: z.ZodObject;
  /** The request body; a body that fails answers 400 naming the field. */
  body?: z.ZodType;
  /** `form` for Twilio's webhooks; JSON otherwise. */
  bodyType?: 'json' | 'form';
  /** The success status. */
  status: 200 | 201 | 204;
  /** The success body (JSON), parsed on the way out: fields not in it never leave the server. */
  response?: z.ZodType;
  /** A reduced success body for some roles (a harbour's or crew's view). */
  views?: Partial<Record<Role, z.ZodType>>;
  produces?: Produces;
  /** Response headers the client may read, documented on the API page. */
  headers?: Record<string, string>;
}

/** Declares one endpoint, keeping its literal types for the typed client. */
export function endpoint<const E extends EndpointDef>(e: E): E {
  return e;
}

/** The path in OpenAPI's form: `/api/cases/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The roles an endpoint admits, or null when it is not role-based. */
export function rolesOf(e: EndpointDef): readonly Role[] | null {
  return typeof e.callers === 'string' ? null : e.callers;
}
