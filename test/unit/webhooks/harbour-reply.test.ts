import { parseHarbourReply } from '../../../server/webhooks/harbour-reply';
import { deliveryOutcome } from '../../../server/webhooks/twilio-status';
import { notificationId as notifyJobId, parseNotificationId } from '../../../shared/domain/ids';

describe("a harbour's SMS reply is read as a clear yes or no, never guessed", () => {
  it.each([
    ['YES 40', { answer: 'accept', places: 40 }],
    ['yes', { answer: 'accept' }],
    ['Y 40 D-000001-lampedusa', { answer: 'accept', places: 40, requestId: 'D-000001-lampedusa' }],
    ['y d-000001-LAMPEDUSA 40', { answer: 'accept', places: 40, requestId: 'D-000001-lampedusa' }],
    ['Yes, 40 places.', { answer: 'accept', places: 40 }],
    ['SI 12', { answer: 'accept', places: 12 }],
    ['sì', { answer: 'accept' }],
    ['OUI 3', { answer: 'accept', places: 3 }],
    ['NO', { answer: 'decline' }],
    ['no D-000012-valletta', { answer: 'decline', requestId: 'D-000012-valletta' }],
    ['NON, désolé', { answer: 'decline' }],
    ['  No 40  ', { answer: 'decline' }],
  ])('%j', (text, expected) => {
    expect(parseHarbourReply(text)).toEqual(expected);
  });

  it.each([
    '',
    'maybe',
    'yesterday we were full',
    'OK',
    '40',
    'YES 40 or 50',
    'YES D-000001-a D-000002-b',
    'noo',
    'YES D-000007',
    'no d-12',
  ])('%j is not understood', (text) => {
    expect(parseHarbourReply(text)).toBeNull();
  });
});

describe('a status callback names its notification', () => {
  it('reads back every id the worker makes', () => {
    for (const job of [
      { requestId: 'D-000001-lampedusa', contactIndex: 0, channel: 'sms' as const, kind: 'request' as const },
      { requestId: 'D-1.5', contactIndex: 12, channel: 'voice' as const, kind: 'request' as const },
      { requestId: 'D-000001-valletta', contactIndex: 1, channel: 'sms' as const, kind: 'withdrawn' as const },
    ]) {
      expect(parseNotificationId(notifyJobId(job))).toEqual(job);
    }
  });

  it.each(['', 'notify', 'notify.D-1.0', 'notify.D-1.x.sms', 'notify.D-1.0.fax', 'match.C-1.new', 'notify..0.sms'])(
    '%j is no notification id',
    (id) => {
      expect(parseNotificationId(id)).toBeNull();
    },
  );

  it('maps Twilio message and call statuses, and nothing else', () => {
    expect(
      ['queued', 'sent', 'delivered', 'read', 'undelivered', 'failed', 'busy', 'no-answer', 'completed', 'ringing'].map(
        deliveryOutcome,
      ),
    ).toEqual([
      'queued',
      'sent',
      'delivered',
      'delivered',
      'failed',
      'failed',
      'failed',
      'failed',
      'delivered',
      'queued',
    ]);
    expect(deliveryOutcome('constructor')).toBeNull();
    expect(deliveryOutcome('teleported')).toBeNull();
  });
});
