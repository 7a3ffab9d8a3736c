import { ATTENTION_LABELS } from '../../../../shared/domain/attention';
import { attention, attentionCount, type AttentionItem } from '../../state/attention';
import { cases } from '../../state/cases';
import { h } from '../../ui/dom';
import { setSound, soundOn } from '../../ui/sound';

/**
 * The shift's signal at the top of the sidebar: how many things ask for attention across all cases,
 * a button to the case that has waited longest, and the sound switch (remembered per user). The page
 * title carries the count too, so a console in a background tab still shows it.
 */
export function renderAttentionBar(onShow: (caseId: string) => void): { el: HTMLElement; destroy(): void } {
  const summary = h('span', { class: 'attention-summary', 'data-testid': 'attention-summary', role: 'status' });
  let oldest: string | null = null;
  const next = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      'data-testid': 'attention-next',
      title: 'Alt+N',
      onclick: () => oldest && onShow(oldest),
    },
    'Show next',
  );
  const sound = h('button', {
    type: 'button',
    class: 'btn btn-quiet sound-toggle',
    'data-testid': 'sound-toggle',
    onclick: () => setSound(!soundOn.get()),
  });
  const el = h('div', { class: 'attention-bar', 'data-testid': 'attention-bar' }, summary, next, sound);
  const baseTitle = document.title;

  const unsubs = [
    attention.subscribe((all) => {
      const n = attentionCount(all);
      const first = oldestItem(all);
      oldest = first?.caseId ?? null;
      el.dataset.count = String(n);
      el.classList.toggle('active', n > 0);
      summary.textContent = first
        ? `${n} to look at · oldest: ${caseLabel(first.caseId)}, ${ATTENTION_LABELS[first.kind]}`
        : 'Nothing waiting';
      next.hidden = !first;
      document.title = n ? `(${n}) ${baseTitle}` : baseTitle;
    }),
    soundOn.subscribe((on) => {
      sound.textContent = on ? 'Sound: on' : 'Sound: off';
      sound.setAttribute('aria-pressed', String(on));
      sound.setAttribute('aria-label', 'Attention sound');
    }),
  ];
  const onKey = (ev: KeyboardEvent) => {
    if (ev.altKey && !ev.ctrlKey && ev.code === 'KeyN' && oldest) {
      ev.preventDefault();
      onShow(oldest);
    }
  };
  document.addEventListener('keydown', onKey);
  return {
    el,
    destroy() {
      unsubs.forEach((u) => u());
      document.removeEventListener('keydown', onKey);
      document.title = baseTitle;
    },
  };
}

function oldestItem(all: ReadonlyMap<string, readonly AttentionItem[]>): AttentionItem | null {
  let first: AttentionItem | null = null;
  for (const items of all.values()) for (const i of items) if (!first || i.at < first.at) first = i;
  return first;
}

function caseLabel(id: string): string {
  return cases.get().get(id)?.code ?? `case ${id}`;
}

/** The badge on a case row: how many things, and which. */
export function attentionBadge(items: readonly AttentionItem[] | undefined): HTMLElement | null {
  if (!items?.length) return null;
  const kinds = [...new Set(items.map((i) => ATTENTION_LABELS[i.kind]))].join(', ');
  return h(
    'span',
    {
      class: 'badge attention-badge',
      'data-testid': 'attention-badge',
      dataset: { kinds: [...new Set(items.map((i) => i.kind))].join(' ') },
      title: kinds,
    },
    `● ${items.length} new: ${kinds}`,
  );
}
