import { normalizeCaller } from '../../shared/phone';

// What Twilio puts in From for a withheld number: ANONYMOUS, UNKNOWN, RESTRICTED, BLOCKED and
// UNAVAILABLE spelt on a keypad (and words such as "anonymous", which do not parse as numbers).
const WITHHELD = new Set(['+266696687', '+86282452253', '+7378742833', '+2562533', '+8656696']);

/**
 * The caller number to log a Twilio call or SMS under. A withheld number must not thread, or every
 * anonymous caller would land on one case: it gets a stand-in unique to the call or message.
 */
export function callerNumberOf(from: string, sid: string): string {
  const e164 = normalizeCaller(from).e164;
  if (e164 && !WITHHELD.has(e164)) return e164;
  return `withheld ${(sid || String(Date.now())).slice(-12)}`;
}
