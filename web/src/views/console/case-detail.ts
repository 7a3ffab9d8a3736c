import type { Case } from '../../../../shared/domain/case';
import type { NotificationStatus } from '../../../../shared/realtime/events';
import { cases, notifications, selectedCaseId } from '../../state/cases';
import { outbox, outboxOfCase, type OutboxState } from '../../state/outbox';
import { h, replaceChildren } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { renderAuthorityNotice } from './authority-notice-panel';
import { renderCaseControls } from './case-controls';
import { renderCaseFacts } from './case-facts';
import { renderCasePlace } from './case-place';
import { caseName, phaseBadge } from './case-summary';
import { renderContactLog } from './contact-log';
import { section, type Part } from './detail-parts';
import { dockingTable, notificationsTable } from './docking-tables';
import { matchingLine } from './matching-line';
import { renderMatchingControls } from './matching-controls';
import { OutboxList, requestStates } from './outbox-message';
import { outcomeLabel } from './record-labels';
import { renderPositions } from './positions-panel';
import { renderRescueVessel } from './rescue-vessel';
import { renderSitrepPanel } from './sitrep-panel';
import { renderTimeline } from './timeline';

/**
 * The selected case in full: people and boat, regions and estimate, phase and status, rescue vessel,
 * positions, authority contacts, SITREP, docking requests, the outbox messages to relay,
 * notifications, timeline. The parts are built once per selected case and updated in place, so a
 * live update never wipes a half-typed form.
 */
export function renderCaseDetail(onClose: () => void, supervisor = false): { el: HTMLElement; destroy(): void } {
  const el = h('section', {
    class: 'case-detail',
    'data-testid': 'case-detail',
    'aria-label': 'Case detail',
    tabindex: '-1',
  });
  let mounted: (Mounted & { id: string }) | null = null;
  let shown: { c: Case | undefined; n: NotificationStatus[] | undefined; o: OutboxState } | null = null;

  const render = () => {
    const id = selectedCaseId.get();
    const c = id ? cases.get().get(id) : undefined;
    const n = id ? notifications.get().get(id) : undefined;
    const o = outbox.get();
    if (shown && shown.c === c && shown.n === n && shown.o === o) return;
    shown = { c, n, o };
    el.hidden = !c;
    if (mounted && mounted.id !== c?.id) {
      mounted.destroy();
      mounted = null;
    }
    if (!c) {
      replaceChildren(el);
      return;
    }
    if (!mounted) {
      mounted = { id: c.id, ...mountCase(c.id, onClose, supervisor) };
      replaceChildren(el, ...mounted.nodes);
      el.scrollTop = 0;
    }
    el.dataset.caseId = c.id;
    el.dataset.status = c.status;
    mounted.update(c, n ?? [], o);
  };
  const unsubs = [
    cases.subscribe(render),
    selectedCaseId.subscribe(render),
    notifications.subscribe(render),
    outbox.subscribe(render),
  ];
  return {
    el,
    destroy() {
      unsubs.forEach((u) => u());
      mounted?.destroy();
    },
  };
}

interface Mounted {
  nodes: Node[];
  update(c: Case, n: NotificationStatus[], o: OutboxState): void;
  destroy(): void;
}

function mountCase(caseId: string, onClose: () => void, supervisor: boolean): Mounted {
  const title = h('h2', {});
  const status = h('span', { class: 'muted', 'data-testid': 'case-status' });
  const parts: Part[] = [
    renderCaseFacts(caseId),
    renderCasePlace(),
    renderCaseControls(caseId),
    renderRescueVessel(caseId),
    renderPositions(caseId),
    renderContactLog(caseId),
    renderSitrepPanel(caseId),
    renderAuthorityNotice(),
  ];
  const [facts, place, controls, rescue, positions, contacts, sitrep, notice] = parts;
  const timeline = renderTimeline();
  const docking = h('div', {});
  const steering = supervisor ? renderMatchingControls(caseId) : null;
  const notes = h('div', {});
  const relay = new OutboxList(h('ol', { class: 'outbox-list', 'data-testid': 'case-outbox-list' }));
  const relaySection = section('Outbox: relay by hand', 'case-outbox', relay.el);
  const nodes = [
    h(
      'div',
      { class: 'detail-head' },
      title,
      status,
      h(
        'button',
        { type: 'button', class: 'btn btn-quiet close', onclick: onClose, 'aria-label': 'Close case detail' },
        '✕ Close',
      ),
    ),
    h('div', { class: 'detail-grid' }, facts.el, h('div', {}, place.el, rescue.el), controls.el),
    positions.el,
    h('div', { class: 'detail-grid wide' }, contacts.el, h('div', {}, sitrep.el, notice.el)),
    section('Docking requests', null, docking, steering?.el ?? null),
    relaySection,
    notes,
    timeline.el,
  ];
  return {
    nodes,
    update(c, n, o) {
      replaceChildren(title, phaseBadge(c), ` ${caseName(c)}`);
      status.textContent =
        `${c.status === 'closed' ? `CLOSED · ${outcomeLabel(c.outcome)}` : 'open'} · ` +
        `opened ${formatUtc(c.createdAt)} · updated ${formatUtc(c.updatedAt)}`;
      for (const p of [...parts, timeline]) p.update(c);
      replaceChildren(docking, matchingLine(c), dockingTable(c));
      steering?.update(c);
      const mine = outboxOfCase(o, c.id);
      relaySection.hidden = mine.length === 0;
      relay.sync(mine, requestStates(cases.get()));
      relay.tick();
      replaceChildren(notes, n.length ? section('Notifications', null, notificationsTable(n)) : null);
    },
    destroy() {
      parts.forEach((p) => p.destroy?.());
    },
  };
}
