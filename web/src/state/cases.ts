import type { Case } from '../../../shared/domain/case';
import type { DockingRequest, HarbourDockingView } from '../../../shared/domain/docking-request';
import type { NotificationStatus } from '../../../shared/realtime/events';
import { MapStore, Store } from './store';

/** Every case the operator may see, keyed by id. */
export const cases = new MapStore<Case>((c) => c.id);

/** The case the operator is looking at. */
export const selectedCaseId = new Store<string | null>(null);

/** Notification delivery states, newest last, per case. */
export const notifications = new Store<ReadonlyMap<string, NotificationStatus[]>>(new Map());

/** Cases newest first. */
export function casesNewestFirst(all: ReadonlyMap<string, Case>): Case[] {
  return [...all.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The newer of two versions of a case, so that a late event cannot roll the view back. Docking
 * answers are also kept per request: events from the server and the worker may arrive out of order.
 */
export function mergeCase(cur: Case | undefined, next: Case): Case {
  if (!cur) return next;
  if (cur.updatedAt > next.updatedAt) return cur;
  const known = new Map(cur.dockingRequests.map((r) => [r.id, r]));
  const dockingRequests = next.dockingRequests.map((r) => {
    const old = known.get(r.id);
    return old && old.answeredAt && (!r.answeredAt || old.answeredAt > r.answeredAt) ? old : r;
  });
  return { ...next, dockingRequests };
}

/** Stores a case from the API or a socket event. */
export function upsertCase(c: Case): void {
  cases.upsert(mergeCase(cases.get().get(c.id), c));
}

/** Folds a docking event into its case (operators get the full request with its caseId). */
export function applyDockingRequest(r: DockingRequest | HarbourDockingView): void {
  if (!('caseId' in r)) return;
  cases.update(r.caseId, (c) => {
    const others = c.dockingRequests.filter((d) => d.id !== r.id);
    const old = c.dockingRequests.find((d) => d.id === r.id);
    if (old?.answeredAt && (!r.answeredAt || old.answeredAt > r.answeredAt)) return c;
    const merged = [...others, r].sort((a, b) => a.rank - b.rank);
    return { ...c, dockingRequests: merged };
  });
}

/** Records a notification's delivery state under its case. */
export function applyNotification(n: NotificationStatus): void {
  const next = new Map(notifications.get());
  const list = (next.get(n.caseId) ?? []).filter((x) => x.id !== n.id);
  next.set(n.caseId, [...list, n]);
  notifications.set(next);
}
