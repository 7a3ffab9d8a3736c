import twilio from 'twilio';
import type BaseRequestClient from 'twilio/lib/base/RequestClient';
import type { Notifier, OutgoingMessage, SendResult } from './notifier';
import { PermanentNotifyError } from './notifier';

/** Twilio credentials and where Twilio should call back. */
export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  publicUrl?: string;
  apiUrl?: string;
}

/**
 * The real SDK's HTTP client, with the host swapped when `apiUrl` is set: tests (and a local
 * recording proxy) point the unmodified SDK at their own server this way.
 */
function httpClientFor(apiUrl: string | undefined) {
  if (!apiUrl) return undefined;
  const base = apiUrl.replace(/\/$/, '');
  class Redirecting extends twilio.RequestClient {
    request<T>(opts: BaseRequestClient.RequestOptions<T>) {
      return super.request<T>({ ...opts, uri: opts.uri.replace(/^https?:\/\/[^/]+/, base) });
    }
  }
  return new Redirecting();
}

// Twilio's error messages quote the number ("The 'To' number +39... is not valid"); logs and the
// case timeline get the reason, not the number.
const redactNumbers = (s: string) => s.replace(/\+?\d[\d\s().-]{5,}\d/g, '<number>');

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Sends SMS and places voice calls (with a keypress answer) through Twilio. */
export class TwilioNotifier implements Notifier {
  readonly kind = 'twilio' as const;
  private readonly client: twilio.Twilio;
  constructor(private readonly s: TwilioSettings) {
    this.client = twilio(s.accountSid, s.authToken, { httpClient: httpClientFor(s.apiUrl) });
  }

  /**
   * Whether Twilio already has this message: an SMS to the same number since `since` with the
   * same text (which names the request, so it is the reference), or a call to that number created
   * since then with our status callback for this notification.
   */
  async find(msg: OutgoingMessage, since: Date): Promise<string | null> {
    if (msg.channel === 'sms') {
      const sent = await this.client.messages.list({ to: msg.to, from: this.s.from, dateSentAfter: since, limit: 100 });
      return sent.find((m) => m.body === msg.body)?.sid ?? null;
    }
    const calls = await this.client.calls.list({ to: msg.to, from: this.s.from, limit: 100 });
    return calls.find((c) => c.dateCreated >= since)?.sid ?? null;
  }

  async send(msg: OutgoingMessage): Promise<SendResult> {
    const statusCallback = this.s.publicUrl
      ? `${this.s.publicUrl.replace(/\/$/, '')}/webhooks/twilio/status?n=${encodeURIComponent(msg.id)}`
      : undefined;
    try {
      if (msg.channel === 'sms') {
        const m = await this.client.messages.create({ to: msg.to, from: this.s.from, body: msg.body, statusCallback });
        return { status: 'queued', providerId: m.sid };
      }
      const action = this.s.publicUrl
        ? `${this.s.publicUrl.replace(/\/$/, '')}/webhooks/twilio/voice?request=${encodeURIComponent(msg.requestId)}`
        : '';
      const twiml =
        `<Response><Gather numDigits="1" action="${escapeXml(action)}">` +
        `<Say>${escapeXml(msg.body)} Press 1 to accept, 2 to decline.</Say></Gather>` +
        '<Say>No answer received. Goodbye.</Say></Response>';
      const c = await this.client.calls.create({ to: msg.to, from: this.s.from, twiml, statusCallback });
      return { status: 'queued', providerId: c.sid };
    } catch (err) {
      const status = (err as { status?: number }).status;
      // 4xx other than 429 will fail the same way again (invalid number, unsubscribed, bad request).
      if (status && status >= 400 && status < 500 && status !== 429) {
        throw new PermanentNotifyError(
          `Twilio refused (${status}` +
            `${(err as { code?: number }).code ? `, code ${(err as { code?: number }).code}` : ''}): ` +
            `${redactNumbers((err as Error).message)}`,
        );
      }
      if (err instanceof Error) err.message = redactNumbers(err.message);
      throw err;
    }
  }
}
