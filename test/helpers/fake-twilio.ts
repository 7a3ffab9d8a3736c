import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/** One request the fake received, as Haven's Twilio client sent it. */
export interface FakeTwilioRequest {
  method: string;
  path: string;
  resource: 'Messages' | 'Calls' | null;
  params: Record<string, string>;
  authorized: boolean;
  /** The HTTP status the fake answered. */
  status: number;
}

const ROUTE = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)\.json$/;

/**
 * Twilio's REST API at its HTTP boundary: the real `twilio` SDK, pointed here with TWILIO_API_URL,
 * sends SMS and places calls against it. Every request is recorded; a `To` number can be made
 * invalid (Twilio's 400, code 21211) or unreachable (always 500), and the next requests can fail
 * with a 500. Messages and calls it took can be listed (GET, filtered by `To`, `From` and
 * `DateSent>` as the SDK's `list` sends them), and it can take a message and then drop the
 * connection without answering, as when a send times out after Twilio accepted it.
 */
export class FakeTwilio {
  readonly accountSid = `AC${randomBytes(16).toString('hex')}`;
  readonly authToken = randomBytes(16).toString('hex');
  readonly from = '+15005550006';
  readonly requests: FakeTwilioRequest[] = [];
  url = '';
  private server: Server | null = null;
  private readonly invalid = new Set<string>();
  private readonly down = new Set<string>();
  private failures = 0;
  private drops = 0;
  private holds = 0;
  /** What the fake took, as Twilio would list it. */
  private readonly taken: { Messages: Record<string, unknown>[]; Calls: Record<string, unknown>[] } = {
    Messages: [],
    Calls: [],
  };

  /** Listen on a free port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The environment that points Haven at this fake (PUBLIC_URL is what webhooks are signed against). */
  env(publicUrl: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      TWILIO_ACCOUNT_SID: this.accountSid,
      TWILIO_AUTH_TOKEN: this.authToken,
      TWILIO_FROM: this.from,
      TWILIO_API_URL: this.url,
      PUBLIC_URL: publicUrl,
      ...extra,
    };
  }

  /** From now on, messages and calls to this number are refused as Twilio refuses an invalid number. */
  rejectNumber(to: string): void {
    this.invalid.add(to);
  }

  /** The next `n` requests answer 500. */
  failNext(n: number): void {
    this.failures = n;
  }

  /** The next `n` messages or calls are taken (and listed) but the connection drops before the answer. */
  dropAfterAccepting(n: number): void {
    this.drops = n;
  }

  /** The next `n` messages or calls are taken (and listed) but never answered, as when the sender dies waiting. */
  holdAfterAccepting(n: number): void {
    this.holds = n;
  }

  /** Every request to this number answers 500 (an outage longer than any retry). */
  failNumber(to: string): void {
    this.down.add(to);
  }

  /** Recorded sends (POSTs, not list reads) to one resource, optionally to one number. */
  sent(resource: 'Messages' | 'Calls', to?: string): FakeTwilioRequest[] {
    return this.requests.filter(
      (r) => r.method === 'POST' && r.resource === resource && (to === undefined || r.params.To === to),
    );
  }

  /** Wait until a recorded request matches, or fail after `ms`. */
  async waitFor(match: (r: FakeTwilioRequest) => boolean, ms = 10_000): Promise<FakeTwilioRequest> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.requests.find(match);
      if (found) return found;
      if (Date.now() > until)
        throw new Error(`fake Twilio: no matching request within ${ms} ms (got ${this.requests.length})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Stop listening and drop kept-alive connections. */
  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = null;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const path = (req.url ?? '').split('?')[0];
    const m = ROUTE.exec(path);
    const resource = m ? (m[2] as 'Messages' | 'Calls') : null;
    const authorized =
      req.headers.authorization === `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    if (req.method === 'GET' && m && authorized) {
      const query = Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams);
      this.requests.push({ method: 'GET', path, resource, params: query, authorized, status: 200 });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.list(m[2], query)));
      return;
    }
    const [status, body] = this.answer(req.method ?? '', m, authorized, params);
    this.requests.push({ method: req.method ?? '', path, resource, params, authorized, status });
    if (status === 201 && resource) this.taken[resource].push(body as Record<string, unknown>);
    if (status === 201 && this.drops > 0) {
      this.drops--;
      req.socket.destroy();
      return;
    }
    if (status === 201 && this.holds > 0) {
      this.holds--;
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private list(resource: string, q: Record<string, string>): object {
    const key = resource === 'Messages' ? 'Messages' : 'Calls';
    const after = q['DateSent>'] ? Date.parse(q['DateSent>']) : -Infinity;
    const rows = this.taken[key].filter(
      (r) =>
        (!q.To || r.to === q.To) &&
        (!q.From || r.from === q.From) &&
        Date.parse(String(r.date_sent ?? r.date_created)) >= Math.floor(after / 1000) * 1000,
    );
    const uri = `/2010-04-01/Accounts/${this.accountSid}/${key}.json`;
    return {
      [key.toLowerCase()]: [...rows].reverse(),
      first_page_uri: uri,
      next_page_uri: null,
      previous_page_uri: null,
      page: 0,
      page_size: 50,
      start: 0,
      end: rows.length,
      uri,
    };
  }

  private answer(
    method: string,
    m: RegExpExecArray | null,
    authorized: boolean,
    p: Record<string, string>,
  ): [number, object] {
    if (!m || method !== 'POST') return [404, twilioError(20404, 'The requested resource was not found', 404)];
    if (!authorized || m[1] !== this.accountSid) return [401, twilioError(20003, 'Authenticate', 401)];
    if (this.failures > 0 || this.down.has(p.To)) {
      if (!this.down.has(p.To)) this.failures--;
      return [500, twilioError(20500, 'An internal server error has occurred', 500)];
    }
    if (!p.To || !p.From) return [400, twilioError(21604, "A 'To' phone number is required.", 400)];
    if (this.invalid.has(p.To))
      return [400, twilioError(21211, `The 'To' number ${p.To} is not a valid phone number.`, 400)];
    const now = new Date().toUTCString();
    const sid = `${m[2] === 'Messages' ? 'SM' : 'CA'}${randomBytes(16).toString('hex')}`;
    const common = {
      sid,
      account_sid: this.accountSid,
      to: p.To,
      from: p.From,
      status: 'queued',
      date_created: now,
      date_updated: now,
      api_version: '2010-04-01',
      uri: `/2010-04-01/Accounts/${this.accountSid}/${m[2]}/${sid}.json`,
    };
    return [
      201,
      m[2] === 'Messages'
        ? {
            ...common,
            body: p.Body,
            date_sent: now,
            direction: 'outbound-api',
            num_segments: '1',
            num_media: '0',
            error_code: null,
            error_message: null,
            price: null,
            price_unit: 'USD',
          }
        : {
            ...common,
            direction: 'outbound-api',
            duration: null,
            start_time: null,
            end_time: null,
            price: null,
            price_unit: 'USD',
          },
    ];
  }
}

function twilioError(code: number, message: string, status: number) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** A webhook request as Twilio makes it: form-encoded, signed with the auth token over PUBLIC_URL + path. */
export interface WebhookCall {
  status: number;
  text: string;
  json: any;
  contentType: string;
}

/**
 * POST a webhook to Haven the way Twilio does. `signature` overrides the real one (null: send
 * none); `token` signs with another auth token; `body` sends a raw body instead of the form.
 */
export async function postWebhook(
  target: { baseUrl: string; publicUrl: string; authToken: string },
  path: string,
  params: Record<string, string | string[]>,
  opts: { signature?: string | null; token?: string; body?: string; contentType?: string } = {},
): Promise<WebhookCall> {
  const signature =
    opts.signature === undefined
      ? twilio.getExpectedTwilioSignature(opts.token ?? target.authToken, target.publicUrl + path, params)
      : opts.signature;
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) form.append(k, one);
  const res = await fetch(target.baseUrl + path, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      ...(signature ? { 'x-twilio-signature': signature } : {}),
    },
    body: opts.body ?? form.toString(),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* TwiML or empty */
  }
  return { status: res.status, text, json, contentType: res.headers.get('content-type') ?? '' };
}
