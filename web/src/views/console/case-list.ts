import type { Case } from '../../../../shared/domain/case';
import { attention, type AttentionItem } from '../../state/attention';
import { cases, selectedCaseId } from '../../state/cases';
import { lastContactAt, orderCases, unplacedOf, type CaseOrder } from '../../state/case-order';
import { h, replaceChildren } from '../../ui/dom';
import { formatAge, formatUtcShort, latestFix } from '../../ui/format';
import { attentionBadge } from './attention-bar';
import { assignmentChip, dockingChips, fixSummary, peopleSummary, phaseBadge } from './case-summary';

const ORDER_KEY = 'haven.caseOrder';

function storedOrder(): CaseOrder {
  try {
    return window.localStorage.getItem(ORDER_KEY) === 'urgent' ? 'urgent' : 'newest';
  } catch {
    return 'newest';
  }
}

/**
 * The live list of cases, newest or most urgent first (the choice is remembered in this browser);
 * rows are rebuilt only when their case changed.
 */
export function renderCaseList(onSelect: (id: string) => void): { el: HTMLElement; destroy(): void } {
  let order = storedOrder();
  const list = h('ol', { class: 'case-list', 'data-testid': 'case-list', 'aria-label': 'Cases' });
  const orderSelect = h(
    'select',
    { 'data-testid': 'case-order', 'aria-label': 'Order cases' },
    h('option', { value: 'newest' }, 'Newest first'),
    h('option', { value: 'urgent' }, 'Most urgent first'),
  );
  orderSelect.value = order;
  orderSelect.addEventListener('change', () => {
    order = orderSelect.value === 'urgent' ? 'urgent' : 'newest';
    try {
      window.localStorage.setItem(ORDER_KEY, order);
    } catch {
      // Not remembered; the order still holds on this page.
    }
    render();
  });
  const empty = h('p', { class: 'muted empty' }, 'No cases yet. Logged calls appear here live.');
  const count = h('span', { class: 'count' });
  const el = h(
    'section',
    { class: 'cases-panel', 'aria-labelledby': 'cases-title' },
    h('div', { class: 'cases-head' }, h('h2', { id: 'cases-title' }, 'Cases ', count), orderSelect),
    empty,
    list,
  );
  const rows = new Map<
    string,
    { c: Case; selected: boolean; minute: number; att: readonly AttentionItem[] | undefined; el: HTMLElement }
  >();

  const render = () => {
    const all = orderCases(cases.get().values(), order);
    list.dataset.order = order;
    const selected = selectedCaseId.get();
    const minute = Math.floor(Date.now() / 60000);
    empty.hidden = all.length > 0;
    count.textContent = all.length ? `(${all.filter((c) => c.status === 'open').length} open)` : '';
    const keep = new Set<string>();
    const ordered: HTMLElement[] = [];
    for (const c of all) {
      keep.add(c.id);
      const cur = rows.get(c.id);
      const isSel = c.id === selected;
      const att = attention.get().get(c.id);
      if (cur && cur.c === c && cur.selected === isSel && cur.minute === minute && cur.att === att) {
        ordered.push(cur.el);
        continue;
      }
      const hadFocus = !!cur && cur.el.contains(document.activeElement);
      const row = renderRow(c, isSel, att, onSelect);
      if (cur) cur.el.replaceWith(row);
      if (hadFocus) row.querySelector('button')?.focus();
      rows.set(c.id, { c, selected: isSel, minute, att, el: row });
      ordered.push(row);
    }
    for (const [id, r] of rows)
      if (!keep.has(id)) {
        r.el.remove();
        rows.delete(id);
      }
    // appendChild moves existing nodes, so this only reorders.
    ordered.forEach((row, i) => {
      if (list.children[i] !== row) list.insertBefore(row, list.children[i] ?? null);
    });
  };

  const unsubs = [cases.subscribe(render), selectedCaseId.subscribe(render), attention.subscribe(render)];
  const timer = window.setInterval(render, 30000);
  return {
    el,
    destroy() {
      unsubs.forEach((u) => u());
      window.clearInterval(timer);
      replaceChildren(list);
    },
  };
}

function renderRow(
  c: Case,
  selected: boolean,
  att: readonly AttentionItem[] | undefined,
  onSelect: (id: string) => void,
): HTMLElement {
  const fresh = Date.now() - new Date(c.createdAt).getTime() < 120000;
  const marks = `${selected ? ' selected' : ''}${fresh ? ' fresh' : ''}${att?.length ? ' wants-attention' : ''}`;
  const row = h(
    'li',
    {
      class: `case-row phase-${c.phase} status-${c.status}${marks}`,
      'data-testid': 'case-row',
      dataset: { caseId: c.id, phase: c.phase, status: c.status },
      'aria-current': selected ? 'true' : undefined,
    },
    h(
      'div',
      { class: 'row-head' },
      phaseBadge(c),
      h(
        'button',
        { type: 'button', class: 'case-open', 'aria-label': `Show case ${c.id}` },
        c.code ?? `Case ${c.id}`,
        c.code ? h('span', { class: 'muted case-id' }, ` ${c.id}`) : null,
      ),
      c.status === 'closed' ? h('span', { class: 'badge closed' }, 'closed') : null,
      h(
        'span',
        { class: 'age muted', title: c.createdAt },
        `${formatUtcShort(c.createdAt)} · ${formatAge(c.createdAt)}`,
      ),
    ),
    attentionBadge(att),
    h('div', { class: 'pob', 'data-testid': 'pob' }, peopleSummary(c)),
    fixSummary(latestFix(c.positions)),
    urgencyLine(c),
    dockingChips(c.dockingRequests),
    assignmentChip(c),
  );
  row.addEventListener('click', () => onSelect(c.id));
  return row;
}

/** Last contact and persons still without a port: what the urgent order weighs. */
function urgencyLine(c: Case): HTMLElement | null {
  if (c.status === 'closed') return null;
  const heard = lastContactAt(c);
  const unplaced = unplacedOf(c);
  return h(
    'div',
    { class: 'muted urgency', 'data-testid': 'urgency' },
    `last contact ${formatAge(heard)}`,
    unplaced && c.matching.state !== 'placed' ? ` · ${unplaced} without a port` : '',
  );
}
