import type { Case } from '../../../../shared/domain/case';
import type { NotificationStatus } from '../../../../shared/realtime/events';
import { cases, notifications, selectedCaseId } from '../../state/cases';
import { h, replaceChildren } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { renderCaseControls } from './case-controls';
import { renderCaseFacts } from './case-facts';
import { renderCasePlace } from './case-place';
import { phaseBadge } from './case-summary';
import { renderContactLog } from './contact-log';
import { section, type Part } from './detail-parts';
import { dockingTable, notificationsTable } from './docking-tables';
import { outcomeLabel } from './record-labels';
import { renderPositions } from './positions-panel';
import { renderSitrepPanel } from './sitrep-panel';
import { renderTimeline } from './timeline';

/**
 * The selected case in full: people and boat, regions and estimate, phase and status, positions,
 * authority contacts, SITREP, docking requests, notifications, timeline. The parts are built once
 * per selected case and updated in place, so a live update never wipes a half-typed form.
 */
export function renderCaseDetail(onClose: () => void): { el: HTMLElement; destroy(): void } {
  const el = h('section', { class: 'case-detail', 'data-testid': 'case-detail', 'aria-label': 'Case detail', tabindex: '-1' });
  let mounted: { id: string; update(c: Case, n: NotificationStatus[]): void } | null = null;
  let shown: { c: Case | undefined; n: NotificationStatus[] | undefined } | null = null;

  const render = () => {
    const id = selectedCaseId.get();
    const c = id ? cases.get().get(id) : undefined;
    const n = id ? notifications.get().get(id) : undefined;
    if (shown && shown.c === c && shown.n === n) return;
    shown = { c, n };
    el.hidden = !c;
    if (!c) { mounted = null; replaceChildren(el); return; }
    if (mounted?.id !== c.id) {
      const m = mountCase(c.id, onClose);
      mounted = { id: c.id, update: m.update };
      replaceChildren(el, ...m.nodes);
      el.scrollTop = 0;
    }
    el.dataset.caseId = c.id;
    el.dataset.status = c.status;
    mounted.update(c, n ?? []);
  };
  const unsubs = [cases.subscribe(render), selectedCaseId.subscribe(render), notifications.subscribe(render)];
  return { el, destroy() { unsubs.forEach((u) => u()); } };
}

function mountCase(caseId: string, onClose: () => void): { nodes: Node[]; update(c: Case, n: NotificationStatus[]): void } {
  const title = h('h2', {});
  const status = h('span', { class: 'muted', 'data-testid': 'case-status' });
  const parts: Part[] = [renderCaseFacts(caseId), renderCasePlace(), renderCaseControls(caseId), renderPositions(caseId), renderContactLog(caseId)];
  const [facts, place, controls, positions, contacts] = parts;
  const timeline = renderTimeline();
  const docking = h('div', {});
  const notes = h('div', {});
  const nodes = [
    h('div', { class: 'detail-head' }, title, status,
      h('button', { type: 'button', class: 'btn btn-quiet close', onclick: onClose, 'aria-label': 'Close case detail' }, '✕ Close')),
    h('div', { class: 'detail-grid' }, facts.el, place.el, controls.el),
    positions.el,
    h('div', { class: 'detail-grid wide' }, contacts.el, renderSitrepPanel(caseId)),
    section('Docking requests', null, docking),
    notes,
    timeline.el,
  ];
  return {
    nodes,
    update(c, n) {
      replaceChildren(title, phaseBadge(c), ` Case ${c.id}`);
      status.textContent = `${c.status === 'closed' ? `CLOSED · ${outcomeLabel(c.outcome)}` : 'open'} · opened ${formatUtc(c.createdAt)} · updated ${formatUtc(c.updatedAt)}`;
      for (const p of [...parts, timeline]) p.update(c);
      replaceChildren(docking, dockingTable(c));
      replaceChildren(notes, n.length ? section('Notifications', null, notificationsTable(n)) : null);
    },
  };
}
