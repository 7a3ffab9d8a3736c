import { createHash } from 'node:crypto';
import type { CallerNumber } from '../../shared/phone';

/**
 * The key that threads calls from one number into one open case. Keyed by a hash so the number
 * does not appear in Redis key names (which show up in monitoring tools and slow logs).
 */
export function callerHash(caller: CallerNumber): string {
  return createHash('sha256')
    .update(caller.e164 ?? caller.display.toLowerCase())
    .digest('base64url');
}
