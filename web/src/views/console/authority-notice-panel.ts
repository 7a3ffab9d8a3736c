import type { Case } from '../../../../shared/domain/case';
import { authorityNotice } from '../../../../shared/sitrep/authority-notice';
import { COPY_REFUSED, copyElementText } from '../../ui/clipboard';
import { h } from '../../ui/dom';
import type { Part } from './detail-parts';

/** Who signs the notice: the operator logged in (the header shows them). */
function signer(): string {
  return document.querySelector('[data-testid=current-user] strong')?.textContent ?? 'Duty operator';
}

/**
 * "Dear officer on duty": the e-mail to a rescue centre, written from the case (persons, boat,
 * course, speed, last position), kept current while it is open, to copy into a mail. Sending it is
 * the operator's; the contact log records that it was sent.
 */
export function renderAuthorityNotice(): Part {
  const text = h('pre', {
    class: 'sitrep authority-notice',
    'data-testid': 'authority-notice-text',
    tabindex: '0',
    'aria-label': 'Notification text',
  });
  const copied = h('span', { class: 'muted', role: 'status', 'data-testid': 'authority-notice-copied' });
  const copy = h(
    'button',
    { type: 'button', class: 'btn btn-small', 'data-testid': 'authority-notice-copy' },
    'Copy text',
  );
  copy.addEventListener('click', () => {
    copyElementText(text).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = COPY_REFUSED),
    );
  });
  const el = h(
    'details',
    { class: 'detail-section authority-notice-panel', 'data-testid': 'authority-notice' },
    h('summary', {}, 'Write to a rescue centre (“Dear officer on duty”)'),
    h('div', { class: 'button-row' }, copy, copied),
    text,
  );
  let latest: Case | null = null;
  const fill = () => {
    if (latest) text.textContent = authorityNotice(latest, new Date(), { name: signer() });
  };
  el.addEventListener('toggle', fill);
  return {
    el,
    update(c) {
      latest = c;
      // Only while open: a closed panel is re-written when it is opened.
      if (el.open) fill();
    },
  };
}
