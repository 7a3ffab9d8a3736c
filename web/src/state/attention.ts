import type { Case } from '../../../shared/domain/case';
import { attentionOf, freshKeys, newestEntryId, type AttentionItem } from './attention-rules';
import { cases, selectedCaseId } from './cases';
import { Store } from './store';

export type { AttentionItem };

/** What asks for attention, per case id (cases with nothing are absent). */
export const attention = new Store<ReadonlyMap<string, readonly AttentionItem[]>>(new Map());

/** How often deadline items are re-checked (they arise with time, not with an event). */
const TICK_MS = 30_000;

/** What the console plugs in: who is looking, how to record a look, what to do when something new arrives. */
export interface AttentionWiring {
  me: string;
  /** Records that `me` saw these items (POST /api/cases/:id/seen); the answer comes back as a case event. */
  markSeen(caseId: string, items: string[], upTo: string): Promise<unknown>;
  /** Something new asks for attention (not called for what was already there at start). */
  onFresh(items: AttentionItem[]): void;
  /** Whether the operator can see the page (a hidden tab has not "seen" the open case). */
  visible(): boolean;
  /** Whether the first list of cases has arrived: until then, what is there is not news. */
  loaded(): boolean;
}

/**
 * Keeps `attention` current from the cases and the clock, and clears what the operator is looking
 * at: the open case's items are recorded as seen (once each; the server's `seen` entry then clears
 * them for everyone). Answers the stop function.
 */
export function watchAttention(w: AttentionWiring): () => void {
  let known: Set<string> | null = null;
  // Keys sent as seen and not yet confirmed by a case event: hidden meanwhile, not sent twice.
  const pending = new Set<string>();

  const recompute = () => {
    const now = Date.now();
    const next = new Map<string, AttentionItem[]>();
    for (const c of cases.get().values()) {
      const items = attentionOf(c, now, w.me).filter((i) => !pending.has(i.key));
      if (items.length) next.set(c.id, items);
    }
    const all = [...next.values()].flat();
    const fresh = known && w.loaded() ? freshKeys(known, all) : [];
    known = new Set([...(known ?? []), ...all.map((i) => i.key)]);
    attention.set(next);
    if (fresh.length) w.onFresh(all.filter((i) => fresh.includes(i.key)));
    clearOpenCase(next);
  };

  const clearOpenCase = (now: ReadonlyMap<string, AttentionItem[]>) => {
    const id = selectedCaseId.get();
    const c: Case | undefined = id ? cases.get().get(id) : undefined;
    const items = id ? now.get(id) : undefined;
    if (!c || !items?.length || !w.visible()) return;
    const upTo = newestEntryId(c);
    if (!upTo) return;
    const keys = items.map((i) => i.key);
    keys.forEach((k) => pending.add(k));
    w.markSeen(c.id, keys, upTo).catch(() => {
      // Not recorded: let the badge come back so someone looks again.
      keys.forEach((k) => pending.delete(k));
      recompute();
    });
    recompute();
  };

  const unsubs = [cases.subscribe(recompute), selectedCaseId.subscribe(recompute)];
  const timer = window.setInterval(recompute, TICK_MS);
  const onVisible = () => recompute();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    unsubs.forEach((u) => u());
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    attention.set(new Map());
  };
}

/** The number of items across all cases. */
export function attentionCount(all: ReadonlyMap<string, readonly AttentionItem[]>): number {
  let n = 0;
  for (const items of all.values()) n += items.length;
  return n;
}
