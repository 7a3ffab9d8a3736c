import { cases } from '../../state/cases';
import { handoverText } from '../../state/handover';
import { outbox } from '../../state/outbox';
import { COPY_REFUSED, copyElementText } from '../../ui/clipboard';
import { field, h } from '../../ui/dom';
import { needsRelay, requestStates } from './outbox-message';

/** The default "since": the start of the shift that is ending, taken as eight hours ago. */
const SHIFT_MS = 8 * 3_600_000;

/** `datetime-local` value (UTC) for a time. */
const localValue = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/**
 * The Handover tab: open cases, what changed since a time, what still waits for an answer, as text
 * the outgoing operator reads over and copies. Rewritten live while shown.
 */
export function renderHandoverPanel(): { el: HTMLElement; destroy(): void } {
  const since = h('input', { type: 'datetime-local', 'data-testid': 'handover-since', step: '60' });
  since.value = localValue(Date.now() - SHIFT_MS);
  const text = h('pre', { class: 'sitrep handover-text', 'data-testid': 'handover-text', tabindex: '0' });
  const copied = h('span', { class: 'muted', role: 'status', 'data-testid': 'handover-copied' });
  const copy = h('button', { type: 'button', class: 'btn', 'data-testid': 'handover-copy' }, 'Copy text');
  copy.addEventListener('click', () => {
    copyElementText(text).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = COPY_REFUSED),
    );
  });
  const el = h(
    'section',
    { class: 'handover-panel', 'data-testid': 'handover-panel', 'aria-labelledby': 'handover-title' },
    h('h2', { id: 'handover-title' }, 'Shift handover'),
    field('Changes since (UTC)', since),
    h('div', { class: 'button-row' }, copy, copied),
    text,
  );
  const render = () => {
    const from = Date.parse(`${since.value}:00Z`);
    const states = requestStates(cases.get());
    const toRelay = outbox.get().messages.filter((m) => needsRelay(m, states.get(m.requestId) ?? 'unknown')).length;
    text.textContent = handoverText(
      cases.get().values(),
      new Date(Number.isFinite(from) ? from : Date.now() - SHIFT_MS).toISOString(),
      new Date(),
      { toRelay },
    );
  };
  since.addEventListener('change', render);
  const unsubs = [cases.subscribe(render), outbox.subscribe(render)];
  return { el, destroy: () => unsubs.forEach((u) => u()) };
}
