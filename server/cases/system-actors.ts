import type { UserRecord } from '../../shared/backend/store/users.store';

const SINCE = '1970-01-01T00:00:00.000Z';

/**
 * Who records Twilio intake on the timeline. Not a login: it has no password hash to match and
 * no session, so nobody can act as it over the API.
 */
export const TWILIO_ACTOR: UserRecord = {
  id: 'system:twilio',
  username: 'twilio',
  role: 'operator',
  passwordHash: '',
  createdAt: SINCE,
};

/** A harbour answering by phone keypress or SMS: it may answer that harbour's own requests only. */
export function harbourActor(harbour: { id: string; name: string }, how: 'phone' | 'SMS'): UserRecord {
  return {
    id: `system:harbour:${harbour.id}`,
    username: `${harbour.name} by ${how}`,
    role: 'harbour',
    harbourId: harbour.id,
    passwordHash: '',
    createdAt: SINCE,
  };
}
