import type { OutboxStore } from '../../shared/backend/store/outbox.store';
import type { Notifier, OutgoingMessage, SendResult } from './notifier';

/** Without Twilio credentials messages are stored in the outbox, where operators can read and relay them. */
export class OutboxNotifier implements Notifier {
  readonly kind = 'outbox' as const;
  constructor(private readonly outbox: OutboxStore) {}

  async send(msg: OutgoingMessage): Promise<SendResult> {
    await this.outbox.put({ ...msg, status: 'outbox', at: new Date().toISOString() });
    return { status: 'outbox' };
  }
}
