import { createHash } from 'node:crypto';
import type { Case, TimelineEntry } from '../../shared/domain/case';

/** A timeline entry with the hash that chains it to everything before it. */
export type ChainedEntry = TimelineEntry & { prevHash: string; hash: string };

/** The case's evidence pack: the case and its timeline, each entry hash-chained to the previous one. */
export interface EvidencePack {
  format: 'haven-evidence-pack/1';
  exportedAt: string;
  case: Omit<Case, 'timeline'>;
  timeline: ChainedEntry[];
  headHash: string;
}

const GENESIS = '0'.repeat(64);

/** sha256 over the previous hash and the entry's canonical JSON (keys in a fixed order). */
export function entryHash(prevHash: string, e: TimelineEntry): string {
  const canonical = JSON.stringify([e.id, e.at, e.type, e.actor, e.summary, e.data]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * Build the pack. Anyone holding it can recompute the chain: changing, dropping or reordering an
 * entry changes every later hash and the head hash.
 */
export function evidencePack(c: Case, now = new Date()): EvidencePack {
  let prev = GENESIS;
  const timeline = c.timeline.map((e) => {
    const hash = entryHash(prev, e);
    const chained = { ...e, prevHash: prev, hash };
    prev = hash;
    return chained;
  });
  const { timeline: _omit, ...rest } = c;
  return { format: 'haven-evidence-pack/1', exportedAt: now.toISOString(), case: rest, timeline, headHash: prev };
}

/** Check a pack's chain; returns the index of the first broken entry, or -1. */
export function verifyPack(pack: EvidencePack): number {
  let prev = GENESIS;
  for (const [i, e] of pack.timeline.entries()) {
    if (e.prevHash !== prev || entryHash(prev, e) !== e.hash) return i;
    prev = e.hash;
  }
  return prev === pack.headHash ? -1 : pack.timeline.length;
}
