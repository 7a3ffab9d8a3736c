import type { DockingAnswerInput } from '../../shared/domain/docking-request';
import { canonicalRequestId, parseDockingRequestId } from '../../shared/domain/ids';

/** A harbour's SMS reply as understood: the answer, the places offered, the request it names. */
export interface HarbourReply {
  answer: DockingAnswerInput['answer'];
  places?: number;
  requestId?: string;
}

const ACCEPT = new Set(['yes', 'y', 'si', 'sì', 'sí', 'oui', 'ja']);
const DECLINE = new Set(['no', 'n', 'non', 'nein']);

/**
 * Read a reply such as `YES 40`, `y 40 D-000001-lampedusa`, `NO`, `non D-000001-lampedusa` (any
 * case, any order after the first word). Null when it is not a clear yes or no, or when it offers
 * two different numbers of places: a harbour's answer is never guessed.
 */
export function parseHarbourReply(text: string): HarbourReply | null {
  const tokens = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;:.!?()]+/)
    .filter(Boolean);
  const first = tokens.shift();
  const answer = first && ACCEPT.has(first) ? 'accept' : first && DECLINE.has(first) ? 'decline' : null;
  if (!answer) return null;
  // Something that looks like a reference but is not one of ours is never guessed past: ask back.
  const refs = tokens.filter((t) => /^[dr]-\d/i.test(t));
  if (refs.some((t) => !parseDockingRequestId(t))) return null;
  const ids = refs.map((t) => canonicalRequestId(t)!);
  const numbers = [...new Set(tokens.filter((t) => /^\d{1,6}$/.test(t)).map(Number))];
  if (new Set(ids).size > 1) return null;
  if (answer === 'accept' && numbers.length > 1) return null;
  const places = answer === 'accept' && numbers.length === 1 && numbers[0] <= 100000 ? numbers[0] : undefined;
  return { answer, ...(places !== undefined ? { places } : {}), ...(ids.length ? { requestId: ids[0] } : {}) };
}
