import { normalizeCaller } from '../../shared/phone';
import type { Store } from '../../shared/backend/store';

// Twilio rings at most ten numbers at once from one <Dial>.
const MAX_DIALLED = 10;

/**
 * The phones to ring for an inbound distress call: every operator and supervisor with a phone in
 * their profile, in E.164, each once.
 */
export async function operatorPhones(store: Store): Promise<string[]> {
  const users = await store.users.withRole(['operator', 'supervisor']);
  const phones = users
    .map((u) => (u.phone ? normalizeCaller(u.phone).e164 : null))
    .filter((p): p is string => p !== null);
  return [...new Set(phones)].sort().slice(0, MAX_DIALLED);
}
