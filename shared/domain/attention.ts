/**
 * What asks for an operator's attention on a case, as keys that the console sends when someone
 * opens the case and the server writes into the `seen` timeline entry. One module for the key
 * family, so the console and the server read the same keys the same way.
 */
import * as z from 'zod';

/** The kinds of thing that raise a badge (and a sound). */
export const AttentionKind = z.enum(['new-case', 'caller-message', 'deadline', 'escalation', 'geofence']);
/** A kind of thing that asks for attention. */
export type AttentionKind = z.infer<typeof AttentionKind>;

/** How each kind reads in a badge and in the "seen" timeline entry. */
export const ATTENTION_LABELS: Record<AttentionKind, string> = {
  'new-case': 'new case',
  'caller-message': 'caller message',
  deadline: 'request near its deadline',
  escalation: 'needs a human',
  geofence: 'region change',
};

/** The key of one item: its kind and what it refers to (a timeline entry id or a request id). */
export function attentionKey(kind: AttentionKind, ref: string): string {
  return `${kind}:${ref}`;
}

/** The kind a key names, or null for a key this version does not know. */
export function kindOfKey(key: string): AttentionKind | null {
  const kind = AttentionKind.safeParse(key.slice(0, key.indexOf(':')));
  return kind.success ? kind.data : null;
}

/** Body of POST /api/cases/:id/seen: what the operator saw, and the newest timeline entry shown. */
export const SeenInput = z
  .object({
    items: z
      .array(z.string().regex(/^[a-z-]+:[\w.:-]{1,80}$/, 'an attention key'))
      .min(1)
      .max(100),
    upTo: z.string().regex(/^\d{1,15}-\d{1,10}$/, 'a timeline entry id'),
  })
  .strict();
/** Body of POST /api/cases/:id/seen. */
export type SeenInput = z.infer<typeof SeenInput>;

/** Orders two timeline entry ids (Redis stream ids `ms-seq`): negative when `a` is older. */
export function compareEntryIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number);
  const [bm, bs] = b.split('-').map(Number);
  return am !== bm ? am - bm : as - bs;
}

/** "new case, caller message ×2" for a list of keys. */
export function describeAttention(keys: readonly string[]): string {
  const counts = new Map<AttentionKind, number>();
  for (const k of keys) {
    const kind = kindOfKey(k);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .map(([kind, n]) => (n > 1 ? `${ATTENTION_LABELS[kind]} ×${n}` : ATTENTION_LABELS[kind]))
    .join(', ');
}
