/** One message to one contact. `id` is deterministic, so a retried job re-sends nothing. */
export interface OutgoingMessage {
  id: string;
  to: string;
  body: string;
  channel: 'sms' | 'voice';
  requestId: string;
  caseId: string;
  harbourId: string;
  contactName?: string;
}

/** What a notifier reports back. */
export interface SendResult {
  status: 'outbox' | 'queued' | 'sent';
  providerId?: string;
}

/** A way to reach a harbour contact: Twilio in production, the outbox without credentials. */
export interface Notifier {
  /** A human name for logs and the timeline. */
  readonly kind: 'twilio' | 'outbox';
  /** Send, or throw: a PermanentNotifyError is not retried, anything else is. */
  send(msg: OutgoingMessage): Promise<SendResult>;
  /**
   * The provider's id of this very message if the provider already has it (sent since `since`),
   * else null: how a retry finds out whether a send that crashed midway went out.
   */
  find?(msg: OutgoingMessage, since: Date): Promise<string | null>;
}

/** A failure that retrying cannot fix (an invalid number, a blocked destination). */
export class PermanentNotifyError extends Error {}
