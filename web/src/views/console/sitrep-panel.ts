import type { Case } from '../../../../shared/domain/case';
import { issueSitrep, listSitreps, previewSitrep, type Sitrep } from '../../api/cases';
import { errorMessage } from '../../api/http';
import { upsertCase } from '../../state/cases';
import { COPY_REFUSED, copyElementText } from '../../ui/clipboard';
import { errorBox, h, replaceChildren } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { keepFocus } from './action';
import { section, type Part } from './detail-parts';

/** A Copy button for a block of text, saying what happened beside it. */
function copyButton(target: HTMLElement, testid: string): HTMLElement[] {
  const copied = h('span', { class: 'muted', role: 'status', 'data-testid': `${testid}-copied` });
  const copy = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `${testid}-copy` }, 'Copy');
  copy.addEventListener('click', () => {
    copyElementText(target).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = COPY_REFUSED),
    );
  });
  return [copy, copied];
}

/** One issued SITREP: number, when and by whom, the text as sent, Copy. */
function issuedItem(s: Sitrep, open: boolean): HTMLElement {
  const text = h('pre', { class: 'sitrep', tabindex: '0', 'aria-label': `SITREP ${s.number} text` }, s.text);
  return h(
    'details',
    { class: 'sitrep-issued', 'data-testid': 'sitrep-issued', dataset: { number: String(s.number) }, open },
    h(
      'summary',
      { 'data-testid': 'sitrep-number' },
      `SITREP NR ${s.number} · issued ${formatUtc(s.issuedAt)} by ${s.issuedBy}`,
    ),
    h('div', { class: 'sitrep-head' }, copyButton(text, 'sitrep')),
    text,
  );
}

/**
 * The case's SITREPs: "Preview" shows what the next one would say (nothing recorded); "Issue" numbers
 * it, keeps its text and records it on the timeline. Every SITREP issued stays listed, as sent, to
 * copy again as evidence.
 */
export function renderSitrepPanel(caseId: string): Part {
  const issue = h(
    'button',
    { type: 'button', class: 'btn btn-primary', 'data-testid': 'sitrep-button' },
    'Issue SITREP',
  );
  const preview = h('button', { type: 'button', class: 'btn btn-quiet', 'data-testid': 'sitrep-preview' }, 'Preview');
  const error = errorBox('sitrep-error');
  const draft = h('pre', { class: 'sitrep draft', 'data-testid': 'sitrep-draft', hidden: true, tabindex: '0' });
  const list = h('div', { class: 'sitrep-list', 'data-testid': 'sitrep-list' });
  let shownCount = -1;
  let openNumber: number | null = null;

  const load = () =>
    listSitreps(caseId)
      .then((all) => {
        replaceChildren(
          list,
          all.length ? [...all].reverse().map((s) => issuedItem(s, s.number === openNumber)) : null,
        );
        issue.textContent = `Issue SITREP ${all.length + 1}`;
      })
      .catch((err: unknown) => error.show(`Could not load the SITREPs: ${errorMessage(err)}`));

  issue.addEventListener('click', () => {
    error.clear();
    issue.disabled = true;
    issueSitrep(caseId)
      .then(({ sitrep, case: c }) => {
        openNumber = sitrep.number;
        draft.hidden = true;
        upsertCase(c);
        return load().then(() => list.querySelector<HTMLElement>('summary')?.focus());
      })
      .catch((err: unknown) => error.show(`Could not issue the SITREP: ${errorMessage(err)}`))
      .finally(() => {
        issue.disabled = false;
        keepFocus(undefined, issue);
      });
  });
  preview.addEventListener('click', () => {
    error.clear();
    previewSitrep(caseId)
      .then((p) => {
        draft.textContent = p.text;
        draft.hidden = false;
      })
      .catch((err: unknown) => error.show(`Could not preview the SITREP: ${errorMessage(err)}`));
  });

  return {
    el: section(
      'SITREP',
      'sitrep',
      h(
        'p',
        { class: 'muted' },
        'Each SITREP issued is numbered for this case, kept as sent and recorded on the timeline.',
      ),
      h('div', { class: 'button-row' }, issue, preview),
      error.el,
      draft,
      list,
    ),
    update(c: Case) {
      // Another console issued one: the list follows the timeline.
      const count = c.timeline.filter((e) => e.type === 'sitrep').length;
      if (count !== shownCount) {
        shownCount = count;
        void load();
      }
    },
  };
}
