import type { Case } from '../../../../shared/domain/case';
import type { DockingRequest } from '../../../../shared/domain/docking-request';
import { parseNotificationId } from '../../../../shared/domain/ids';
import { errorMessage } from '../../api/http';
import { markRelayed, type OutboxMessage } from '../../api/outbox';
import { outbox } from '../../state/outbox';
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

/** Whether a message still has to be relayed: not yet marked, and still meaning something to its harbour. */
export function needsRelay(m: OutboxMessage, request: RequestState): boolean {
  if (m.relayed) return false;
  const kind = parseNotificationId(m.id)?.kind;
  // A withdrawal matters exactly because the request is over: the harbour must not prepare in vain.
  if (kind === 'withdrawn') return true;
  if (kind === 'request' || kind === 'reminder') return request === 'pending' || request === 'unknown';
  return true;
}

/** What the chip beside a message says about its request. */
function requestNote(m: OutboxMessage, request: RequestState): string {
  if (parseNotificationId(m.id)?.kind === 'withdrawn')
    return request === 'cancelled' ? 'withdrawn: relay so they do not prepare in vain' : 'withdrawal notice';
  if (m.relayed && request === 'pending') return 'awaiting an answer';
  return REQUEST_NOTES[request];
}

/** "Relayed by X at T", or the button that says so; the cursor stays on the spot after a press. */
function relayControl(m: OutboxMessage, harbourName: string): HTMLElement {
  if (m.relayed)
    return h(
      'span',
      { class: 'chip relayed', 'data-testid': 'outbox-relayed', tabindex: '-1' },
      `✓ relayed by ${m.relayed.by} at ${formatUtc(m.relayed.at).slice(11)}`,
      m.relayed.note ? ` (${m.relayed.note})` : '',
    );
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      'data-testid': 'outbox-mark-relayed',
      'aria-label': `Mark the message to ${harbourName} relayed`,
    },
    'Mark relayed',
  );
  button.addEventListener('click', () => {
    if (button.dataset.busy) return;
    button.dataset.busy = 'true';
    button.textContent = 'Saving…';
    markRelayed(m.id).then(
      (res) => {
        const cur = outbox.get();
        const messages = cur.messages.map((x) => (x.id === m.id ? res.message : x));
        outbox.set({ ...cur, messages });
        document
          .querySelector<HTMLElement>(`[data-testid=outbox-message][data-id="${m.id}"] [data-testid=outbox-relayed]`)
          ?.focus();
      },
      (err: unknown) => {
        delete button.dataset.busy;
        button.textContent = 'Mark relayed';
        button.title = errorMessage(err);
        button.setAttribute('aria-description', `Not saved: ${errorMessage(err)}`);
      },
    );
  });
  return button;
}

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
  const pending = needsRelay(m, request);
  return h(
    'li',
    {
      class: `outbox-message request-${request}${pending ? ' to-relay' : ''}`,
      'data-testid': 'outbox-message',
      dataset: {
        id: m.id,
        caseId: m.caseId,
        requestId: m.requestId,
        harbourId: m.harbourId,
        channel: m.channel,
        requestStatus: request,
        toRelay: String(pending),
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
      relayControl(m, harbour?.name ?? m.harbourId),
      copied,
      request !== 'unknown'
        ? h(
            'span',
            { class: `chip docking-${request}`, 'data-testid': 'outbox-request' },
            `${m.requestId} ${requestNote(m, request)}`,
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
      const key = [state, harbours.get().get(m.harbourId)?.name, m.relayed?.by, m.relayed?.at].join('|');
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
