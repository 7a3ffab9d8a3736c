import type { Case } from '../../../../shared/domain/case';
import type { NotificationStatus } from '../../../../shared/realtime/events';
import { harbours } from '../../state/harbours';
import { h } from '../../ui/dom';
import { formatCount, formatUtc } from '../../ui/format';
import { table } from './detail-parts';

/** The harbours asked to take the boat, in rank order, with their answers. */
export function dockingTable(c: Case): Node {
  if (!c.dockingRequests.length)
    return h('p', { class: 'muted' }, 'No docking requests yet; the worker asks the nearest willing harbours.');
  const rows = c.dockingRequests.map((r) =>
    h(
      'tr',
      { 'data-testid': 'docking-row', dataset: { requestId: r.id, status: r.status } },
      h('td', {}, String(r.rank)),
      h('td', {}, r.harbourName),
      h('td', {}, h('span', { class: `badge docking-${r.status}` }, r.status)),
      h('td', {}, `${Math.round(r.distanceNm)} nm`),
      h('td', {}, r.etaHours === null ? '—' : `${r.etaHours.toFixed(1)} h`),
      h('td', { class: 'mono' }, formatUtc(r.deadline)),
      h('td', {}, formatCount(r.places)),
      h('td', {}, r.answeredAt ? `${r.answeredBy ?? '?'} at ${formatUtc(r.answeredAt)}` : '—'),
      h('td', {}, r.note ?? ''),
    ),
  );
  return table(
    ['#', 'Harbour', 'Status', 'Distance', 'ETA', 'Deadline (UTC)', 'Places', 'Answered', 'Note'],
    rows,
    'docking-table',
  );
}

/** Delivery states of the harbour notifications, newest first. */
export function notificationsTable(notes: NotificationStatus[]): Node {
  const rows = [...notes]
    .reverse()
    .map((n) =>
      h(
        'tr',
        {},
        h('td', { class: 'mono' }, formatUtc(n.at)),
        h('td', {}, harbours.get().get(n.harbourId)?.name ?? n.harbourId),
        h('td', {}, n.channel),
        h('td', {}, h('span', { class: `badge notify-${n.status}` }, n.status)),
        h('td', {}, n.detail ?? ''),
      ),
    );
  return table(['Time (UTC)', 'Harbour', 'Channel', 'Status', 'Detail'], rows, 'notifications-table');
}
