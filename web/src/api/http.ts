import type { ApiErrorBody } from '../../../shared/errors';

/** An API failure carrying the server's error code and a sentence to show the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One field the server refused, from a validation error's details. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The fields a validation error names (the first segment of each path), when it names any. */
export function fieldProblems(err: unknown): FieldProblem[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return [];
  return err.details.flatMap((d: { path?: unknown; message?: unknown }) =>
    Array.isArray(d?.path) && d.path.length && typeof d.message === 'string'
      ? [{ field: String(d.path[0]), message: d.message }]
      : [],
  );
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Remembers the CSRF token the server handed out at login or /me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request fails with 401 after login: the session expired or was revoked. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** Reports an ended session found outside a fetch (the socket's handshake). */
export function notifyUnauthorized(): void {
  onUnauthorized?.();
}

/** The methods the API uses. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Options for one request; `auth: false` keeps a 401 from counting as an expired session. */
export interface RequestOptions {
  body?: unknown;
  auth?: boolean;
}

/** Sends one same-origin JSON request and returns the parsed body, or throws an ApiError. */
export async function request<T>(method: Method, url: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, url, opts, 'application/json');
  const body = await readJson(res);
  if (res.ok) return body as T;
  throw failure(res, body, opts);
}

/** A plain-text answer (a SITREP) with its headers; failures still arrive as JSON and throw an ApiError. */
export async function requestText(
  method: Method,
  url: string,
  opts: RequestOptions = {},
): Promise<{ text: string; headers: Headers }> {
  const res = await send(method, url, opts, 'text/plain, application/json');
  if (res.ok) return { text: await res.text(), headers: res.headers };
  throw failure(res, await readJson(res), opts);
}

async function send(method: Method, url: string, opts: RequestOptions, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Cannot reach the Haven server. Check the connection and try again; nothing you typed was lost.',
    );
  }
}

function failure(res: Response, body: unknown, opts: RequestOptions): ApiError {
  if (res.status === 401 && opts.auth !== false && onUnauthorized) onUnauthorized();
  return toApiError(res, body);
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toApiError(res: Response, body: unknown): ApiError {
  const b = body as Partial<ApiErrorBody> | null;
  if (b && typeof b.message === 'string' && b.message)
    return new ApiError(res.status, b.error ?? 'error', b.message, b.details);
  const fallback =
    res.status >= 500
      ? `The server had a problem (${res.status}). Try again in a moment.`
      : `The request was refused (${res.status} ${res.statusText}).`;
  return new ApiError(res.status, 'http_' + res.status, fallback);
}

/** The message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
