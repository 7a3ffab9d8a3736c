import type { Deps } from '../deps';
import { HttpError } from '../http/errors';

/**
 * Run a Twilio request once per sid: a signed request captured and replayed later (or sent twice
 * at once) gets `replayed()` and changes nothing. A request that fails gives its sid back, so
 * Twilio's own retry still runs.
 */
export async function once(
  deps: Deps,
  sid: string,
  run: () => Promise<string>,
  replayed: () => string,
): Promise<string> {
  if (!/^[A-Za-z0-9:._-]{10,80}$/.test(sid))
    throw new HttpError(400, 'invalid_body', 'missing or malformed Twilio sid');
  const claim = await deps.store.twilioSids.claim(sid);
  if (claim === 'done') {
    deps.log.warn({ component: 'webhooks', sid }, 'Twilio request replayed: ignored');
    return replayed();
  }
  if (claim === 'busy') throw new HttpError(409, 'in_progress', 'this Twilio request is being handled');
  try {
    const out = await run();
    await deps.store.twilioSids.done(sid);
    return out;
  } catch (err) {
    await deps.store.twilioSids.release(sid).catch(() => undefined);
    throw err;
  }
}
