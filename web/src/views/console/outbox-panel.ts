import { cases } from '../../state/cases';
import { harbours } from '../../state/harbours';
import { outbox, type OutboxState } from '../../state/outbox';
import { h } from '../../ui/dom';
import { needsRelay, OutboxList, requestStates } from './outbox-message';

/**
 * The Outbox tab: notifications stored instead of sent, newest first, for an operator to relay by
 * phone. Without Twilio a banner says that nothing reaches the harbours unless someone relays it.
 * `badge` counts what is still to relay: unmarked messages whose request waits, and withdrawals.
 */
export function renderOutboxPanel(onShowCase: (caseId: string) => void): {
  el: HTMLElement;
  badge: HTMLElement;
  destroy(): void;
} {
  const banner = h(
    'div',
    { class: 'outbox-banner', role: 'alert', 'data-testid': 'outbox-banner', hidden: true },
    h('strong', {}, 'Twilio is not configured: relay these by hand'),
    h(
      'div',
      {},
      'Harbours are not texted or called automatically. Text or call each contact below; ' +
        'their answers reach the case when they reply or use the harbour portal.',
    ),
  );
  const configured = h(
    'p',
    { class: 'muted', hidden: true },
    'Twilio sends notifications now; these were stored while it was not configured.',
  );
  const error = h('div', { class: 'error', role: 'alert', hidden: true, 'data-testid': 'outbox-error' });
  const empty = h('p', { class: 'muted empty' }, 'No messages in the outbox.');
  const list = new OutboxList(
    h('ol', { class: 'outbox-list', 'data-testid': 'outbox-list', 'aria-label': 'Outbox, newest first' }),
    onShowCase,
  );
  const count = h('span', { class: 'count' });
  const badge = h('span', { class: 'tab-badge', 'data-testid': 'outbox-badge', hidden: true });
  const el = h(
    'section',
    { class: 'outbox-panel', 'data-testid': 'outbox-panel', 'aria-labelledby': 'outbox-title' },
    h('h2', { id: 'outbox-title' }, 'Outbox ', count),
    banner,
    configured,
    error,
    empty,
    list.el,
  );

  const render = () => {
    const o: OutboxState = outbox.get();
    const states = requestStates(cases.get());
    banner.hidden = o.twilioConfigured !== false;
    configured.hidden = !(o.twilioConfigured === true && o.messages.length > 0);
    error.hidden = !o.error;
    error.textContent = o.error ? `Could not load the outbox: ${o.error}` : '';
    empty.hidden = o.messages.length > 0 || o.twilioConfigured === null;
    const waiting = o.messages.filter((m) => needsRelay(m, states.get(m.requestId) ?? 'unknown')).length;
    count.textContent = o.messages.length ? `(${o.messages.length}, ${waiting} still to relay)` : '';
    count.dataset.toRelay = String(waiting);
    badge.hidden = waiting === 0;
    badge.textContent = String(waiting);
    badge.setAttribute('aria-label', `${waiting} to relay`);
    list.sync(o.messages, states);
  };
  const unsubs = [outbox.subscribe(render), cases.subscribe(render), harbours.subscribe(render)];
  const timer = window.setInterval(() => list.tick(), 30_000);
  return {
    el,
    badge,
    destroy() {
      unsubs.forEach((u) => u());
      window.clearInterval(timer);
    },
  };
}
