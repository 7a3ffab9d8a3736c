import type { Case } from '../../../../shared/domain/case';
import type { NotificationStatus } from '../../../../shared/realtime/events';
import { cases, notifications, selectedCaseId } from '../../state/cases';
import { harbours } from '../../state/harbours';
import { h, replaceChildren } from '../../ui/dom';
import { fixWarnings, formatCount, formatDecimal, formatLatLon, formatUtc, hasFix } from '../../ui/format';
import { peopleSummary, phaseBadge } from './case-summary';

/** The selected case in full: people, positions, regions, docking requests, notifications, timeline. */
export function renderCaseDetail(onClose: () => void): { el: HTMLElement; destroy(): void } {
  const el = h('section', { class: 'case-detail', 'data-testid': 'case-detail', 'aria-label': 'Case detail', tabindex: '-1' });
  let shown: { c: Case | undefined; n: NotificationStatus[] | undefined } | null = null;

  const render = () => {
    const id = selectedCaseId.get();
    const c = id ? cases.get().get(id) : undefined;
    const n = id ? notifications.get().get(id) : undefined;
    if (shown && shown.c === c && shown.n === n) return;
    shown = { c, n };
    el.hidden = !c;
    if (!c) { replaceChildren(el); return; }
    const scroll = el.scrollTop;
    replaceChildren(el, ...detail(c, n ?? [], onClose));
    el.scrollTop = scroll;
  };
  const unsubs = [cases.subscribe(render), selectedCaseId.subscribe(render), notifications.subscribe(render)];
  return { el, destroy() { unsubs.forEach((u) => u()); } };
}

function detail(c: Case, notes: NotificationStatus[], onClose: () => void): Node[] {
  return [
    h('div', { class: 'detail-head' },
      h('h2', {}, phaseBadge(c), ` Case ${c.id}`),
      h('span', { class: 'muted' }, `${c.status}${c.outcome ? ` · ${c.outcome.replaceAll('_', ' ')}` : ''} · opened ${formatUtc(c.createdAt)} · updated ${formatUtc(c.updatedAt)}`),
      h('button', { type: 'button', class: 'btn btn-quiet close', onclick: onClose, 'aria-label': 'Close case detail' }, '✕ Close'),
    ),
    h('div', { class: 'detail-grid' },
      section('People and boat', h('dl', { class: 'facts' },
        fact('On board', peopleSummary(c)),
        fact('Caller', c.callerNumber ?? 'unknown'),
        fact('Boat', [c.boat.type, c.boat.colour, c.boat.engine && `engine: ${c.boat.engine}`, c.boat.waterEntering ? 'WATER ENTERING' : null].filter(Boolean).join(', ') || '—'),
        fact('Departure', [c.departure.place, c.departure.at].filter(Boolean).join(', ') || '—'),
        fact('Notes', c.notes || '—'),
      )),
      section('Search and rescue regions', c.srr.length
        ? h('ul', { class: 'plain', 'data-testid': 'srr-list' }, c.srr.map((s) => h('li', {}, h('strong', {}, s.code), ` ${s.name} — rescue centre: ${s.rcc}`)))
        : h('p', { class: 'muted' }, 'Not placed in a region yet.')),
    ),
    section('Positions (newest first)', positionsTable(c)),
    section('Docking requests', dockingTable(c)),
    notes.length ? section('Notifications', notificationsTable(notes)) : null,
    section('Timeline (newest first)', timeline(c)),
  ].filter((n): n is HTMLElement => n !== null);
}

function section(title: string, body: Node): HTMLElement {
  return h('section', { class: 'detail-section' }, h('h3', {}, title), body);
}

function fact(label: string, value: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function table(headers: string[], rows: Node[], testid: string): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', { 'data-testid': testid },
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows)));
}

function positionsTable(c: Case): Node {
  if (!c.positions.length) return h('p', { class: 'muted' }, 'No position reported yet.');
  const rows = [...c.positions].reverse().map((f) => {
    const warnings = fixWarnings(f);
    return h('tr', { class: warnings.length ? 'has-warning' : '' },
      h('td', { class: 'mono' }, formatUtc(f.at)),
      h('td', {}, f.source, f.confirmed ? ' ✓' : ''),
      h('td', { class: 'mono' }, f.raw ?? '—'),
      h('td', { class: 'mono' }, hasFix(f) ? [formatLatLon(f.lat, f.lon), h('br', {}), h('span', { class: 'muted' }, formatDecimal(f.lat, f.lon))] : '—'),
      h('td', {}, f.format ?? '—'),
      h('td', { class: 'warning-cell' }, warnings.length ? `⚠ ${warnings.join('; ')}` : ''),
    );
  });
  return table(['Time (UTC)', 'Source', 'As given', 'Fix', 'Format', 'Warnings'], rows, 'positions-table');
}

function dockingTable(c: Case): Node {
  if (!c.dockingRequests.length) return h('p', { class: 'muted' }, 'No docking requests yet; the worker asks the nearest willing harbours.');
  const rows = c.dockingRequests.map((r) => h('tr', { 'data-testid': 'docking-row', dataset: { requestId: r.id, status: r.status } },
    h('td', {}, String(r.rank)),
    h('td', {}, r.harbourName),
    h('td', {}, h('span', { class: `badge docking-${r.status}` }, r.status)),
    h('td', {}, `${Math.round(r.distanceNm)} nm`),
    h('td', {}, r.etaHours === null ? '—' : `${r.etaHours.toFixed(1)} h`),
    h('td', { class: 'mono' }, formatUtc(r.deadline)),
    h('td', {}, formatCount(r.places)),
    h('td', {}, r.answeredAt ? `${r.answeredBy ?? '?'} at ${formatUtc(r.answeredAt)}` : '—'),
    h('td', {}, r.note ?? ''),
  ));
  return table(['#', 'Harbour', 'Status', 'Distance', 'ETA', 'Deadline (UTC)', 'Places', 'Answered', 'Note'], rows, 'docking-table');
}

function notificationsTable(notes: NotificationStatus[]): Node {
  const rows = [...notes].reverse().map((n) => h('tr', {},
    h('td', { class: 'mono' }, formatUtc(n.at)),
    h('td', {}, harbours.get().get(n.harbourId)?.name ?? n.harbourId),
    h('td', {}, n.channel),
    h('td', {}, h('span', { class: `badge notify-${n.status}` }, n.status)),
    h('td', {}, n.detail ?? ''),
  ));
  return table(['Time (UTC)', 'Harbour', 'Channel', 'Status', 'Detail'], rows, 'notifications-table');
}

function timeline(c: Case): Node {
  if (!c.timeline.length) return h('p', { class: 'muted' }, 'Nothing recorded yet.');
  return h('ol', { class: 'timeline', 'data-testid': 'timeline', reversed: true },
    [...c.timeline].reverse().map((t) => h('li', { dataset: { type: t.type } },
      h('span', { class: 'mono when' }, formatUtc(t.at)),
      h('span', { class: 'who' }, t.actor),
      h('span', { class: 'what' }, t.summary),
    )));
}
