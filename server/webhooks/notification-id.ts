import type { NotifyHarbourJob } from '../../shared/jobs/notify-harbour';

/**
 * The job a notification id names: the inverse of `notifyJobId`
 * (`notify|withdrawn.<requestId>.<contactIndex>.<channel>`), read from the end so that a request id with
 * a dot in it still parses. Null for anything else.
 */
export function parseNotificationId(id: string): NotifyHarbourJob | null {
  const parts = id.split('.');
  if (parts.length < 4 || (parts[0] !== 'notify' && parts[0] !== 'withdrawn')) return null;
  const channel = parts[parts.length - 1];
  const index = parts[parts.length - 2];
  const requestId = parts.slice(1, -2).join('.');
  if ((channel !== 'sms' && channel !== 'voice') || !/^\d{1,3}$/.test(index) || !requestId) return null;
  return { requestId, contactIndex: Number(index), channel, kind: parts[0] === 'withdrawn' ? 'withdrawn' : 'request' };
}
