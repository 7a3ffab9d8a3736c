import type { Case } from '../../../../shared/domain/case';
import type { DockingRequest } from '../../../../shared/domain/docking-request';
import type { OutboxMessage } from '../../api/outbox';
import { harbours } from '../../state/harbours';
import { COPY_REFUSED, copyElementText } from '../../ui/clipboard';
import { h } from '../../ui/dom';
import { formatAge, formatUtc } from '../../ui/format';
import { placeChildren } from './detail-parts';

/** Where the docking request a message asks about stands; 'unknown' when its case is not loaded. */
export type RequestState = DockingRequest['status'] | 'unknown';

/** Each docking request's status, by request id, from the cases the console holds. */
export function requestStates(all: ReadonlyMap<string, Case>): Map<string, RequestState> {
  const out = new Map<string, RequestState>();
  for (const c of all.values()) for (const r of c.dockingRequests) out.set(r.id, r.status);
  return out;
}

const REQUEST_NOTES: Record<RequestState, string> = {
  pending: 'awaiting an answer: relay it now',
  accepted: 'accepted: no need to relay',
  declined: 'declined: no need to relay',
  expired: 'expired: no need to relay',
  cancelled: 'cancelled: no need to relay',
  unknown: '',
};

/**
 * One stored message as an operator relays it: whom to text or call (the number as a link), the
 * words to send or read out, a Copy button, and whether its docking request is still waiting.
 */
export function renderOutboxMessage(
  m: OutboxMessage,
  request: RequestState,
  onShowCase?: (caseId: string) => void,
): HTMLElement {
  const harbour = harbours.get().get(m.harbourId);
  const contact = m.contactName ?? harbour?.contacts.find((c) => c.phone === m.to)?.name;
  const dial = m.to.replace(/[^\d+]/g, '');
  const body = h(
    'pre',
    { class: 'outbox-body', 'data-testid': 'outbox-body', tabindex: '0', 'aria-label': 'Message text' },
    m.body,
  );
  const copied = h('span', { class: 'muted', role: 'status', 'data-testid': 'outbox-copied' });
  const copy = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      'data-testid': 'outbox-copy',
      'aria-label': `Copy the text for ${harbour?.name ?? m.harbourId}`,
    },
    'Copy text',
  );
  copy.addEventListener('click', () => {
    copyElementText(body).then(
      () => {
        copied.textContent = 'Copied.';
      },
      () => {
        copied.textContent = COPY_REFUSED;
      },
    );
  });
  const sms = m.channel === 'sms';
  return h(
    'li',
    {
      class: `outbox-message request-${request}`,
      'data-testid': 'outbox-message',
      dataset: {
        id: m.id,
        caseId: m.caseId,
        requestId: m.requestId,
        harbourId: m.harbourId,
        channel: m.channel,
        requestStatus: request,
      },
    },
    h(
      'div',
      { class: 'outbox-head' },
      h('span', { class: `badge channel-${m.channel}` }, sms ? 'SMS' : 'Voice call'),
      h('strong', { 'data-testid': 'outbox-harbour' }, harbour?.name ?? m.harbourId),
      contact ? h('span', { class: 'muted' }, contact) : null,
      h(
        'span',
        { class: 'outbox-time muted', title: formatUtc(m.at) },
        formatUtc(m.at).slice(11),
        ' · ',
        h('span', { dataset: { age: m.at } }, formatAge(m.at)),
      ),
    ),
    h(
      'div',
      { class: 'outbox-to' },
      sms ? 'Text ' : 'Call ',
      h('a', { class: 'mono', href: `${sms ? 'sms' : 'tel'}:${dial}`, 'data-testid': 'outbox-to' }, m.to),
      sms ? ' this message:' : ' and read out:',
    ),
    body,
    h(
      'div',
      { class: 'outbox-actions' },
      copy,
      copied,
      request !== 'unknown'
        ? h(
            'span',
            { class: `chip docking-${request}`, 'data-testid': 'outbox-request' },
            `${m.requestId} ${REQUEST_NOTES[request]}`,
          )
        : null,
      onShowCase
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small btn-quiet',
              'aria-label': `Show case ${m.caseId}`,
              onclick: () => onShowCase(m.caseId),
            },
            `Case ${m.caseId}`,
          )
        : null,
    ),
  );
}

/** Keeps a list of messages in order, rebuilding an item only when what it shows changed (a "Copied." stays). */
export class OutboxList {
  private readonly items = new Map<string, { key: string; el: HTMLElement }>();

  constructor(
    readonly el: HTMLElement,
    private readonly onShowCase?: (caseId: string) => void,
  ) {}

  /** Shows `messages` in the given order. */
  sync(messages: readonly OutboxMessage[], states: ReadonlyMap<string, RequestState>): void {
    const wanted = messages.map((m) => {
      const state = states.get(m.requestId) ?? 'unknown';
      const key = [state, harbours.get().get(m.harbourId)?.name].join('|');
      let item = this.items.get(m.id);
      if (!item || item.key !== key) {
        const el = renderOutboxMessage(m, state, this.onShowCase);
        item?.el.replaceWith(el);
        item = { key, el };
        this.items.set(m.id, item);
      }
      return item.el;
    });
    const keep = new Set(messages.map((m) => m.id));
    for (const id of this.items.keys()) if (!keep.has(id)) this.items.delete(id);
    placeChildren(this.el, wanted);
  }

  /** Refreshes the "n min ago" texts. */
  tick(): void {
    this.el.querySelectorAll<HTMLElement>('[data-age]').forEach((s) => {
      s.textContent = formatAge(s.dataset.age!);
    });
  }
}
