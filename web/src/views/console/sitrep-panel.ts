import { issueSitrep } from '../../api/cases';
import { errorMessage } from '../../api/http';
import { COPY_REFUSED, copyElementText } from '../../ui/clipboard';
import { errorBox, h } from '../../ui/dom';
import { formatUtcShort } from '../../ui/format';
import { section } from './detail-parts';

/**
 * The IAMSAR SITREP: one button issues the next numbered report (the server records it on the
 * timeline), shown as plain monospace text with a Copy button for mail, fax or chat.
 */
export function renderSitrepPanel(caseId: string): HTMLElement {
  const issue = h('button', { type: 'button', class: 'btn', 'data-testid': 'sitrep-button' }, 'Issue SITREP');
  const error = errorBox('sitrep-error');
  const title = h('strong', { 'data-testid': 'sitrep-number' });
  const copy = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'sitrep-copy' }, 'Copy');
  const copied = h('span', { class: 'muted', role: 'status', 'data-testid': 'sitrep-copied' });
  const text = h('pre', { class: 'sitrep', 'data-testid': 'sitrep-text', tabindex: '0', 'aria-label': 'SITREP text' });
  const result = h(
    'div',
    { class: 'sitrep-result', hidden: true },
    h('div', { class: 'sitrep-head' }, title, copy, copied),
    text,
  );

  issue.addEventListener('click', () => {
    error.clear();
    issue.disabled = true;
    issue.textContent = 'Issuing…';
    issueSitrep(caseId)
      .then((s) => {
        title.textContent =
          `SITREP${s.number !== null ? ` NR ${s.number}` : ''} · ` +
          `issued ${formatUtcShort(new Date().toISOString())}`;
        text.textContent = s.text;
        copied.textContent = '';
        result.hidden = false;
      })
      .catch((err: unknown) => error.show(`Could not issue the SITREP: ${errorMessage(err)}`))
      .finally(() => {
        issue.disabled = false;
        issue.textContent = 'Issue next SITREP';
      });
  });

  copy.addEventListener('click', () => {
    copyElementText(text).then(
      () => {
        copied.textContent = 'Copied.';
      },
      () => {
        copied.textContent = COPY_REFUSED;
      },
    );
  });

  return section(
    'SITREP',
    'sitrep',
    h('p', { class: 'muted' }, 'Each SITREP issued is numbered for this case and recorded on the timeline.'),
    issue,
    error.el,
    result,
  );
}
