import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/realtime/events';

/** A logged-in HTTP client: keeps the session cookie and sends the CSRF token, like the browser does. */
export class ApiClient {
  cookie = '';
  csrf = '';
  constructor(readonly baseUrl: string) {}

  /** Log in; throws unless 200. */
  async login(username: string, password: string): Promise<this> {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = (res.body as { csrfToken: string }).csrfToken;
    return this;
  }

  /** Any request; the body is JSON unless `raw` is given. Returns status and parsed body. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    opts: { raw?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = {
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
    };
    if (body !== undefined || opts.raw !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { ...headers, ...opts.headers },
      body: opts.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** A socket.io client on this session. */
  socket(): Promise<Socket<ServerToClientEvents, ClientToServerEvents>> {
    const s: Socket<ServerToClientEvents, ClientToServerEvents> = io(this.baseUrl, {
      transports: ['websocket'],
      extraHeaders: { cookie: this.cookie },
      reconnection: false,
    });
    return new Promise((resolve, reject) => {
      s.once('connect', () => resolve(s));
      s.once('connect_error', (e) => {
        s.close();
        reject(e);
      });
    });
  }
}

/** Resolve with the first event of a kind that matches, or fail after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  s: Socket<ServerToClientEvents, ClientToServerEvents>,
  ev: E,
  match: (...a: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  ms = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      s.off(ev, handler as never);
      reject(new Error(`no ${String(ev)} within ${ms} ms`));
    }, ms);
    const handler = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!match(...args)) return;
      clearTimeout(timer);
      s.off(ev, handler as never);
      resolve(args[0]);
    };
    s.on(ev, handler as never);
  });
}
