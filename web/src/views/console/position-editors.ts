import type { Fix } from '../../../../shared/domain/position';
import { addPosition, withdrawPosition } from '../../api/cases';
import { errorBox, field, h } from '../../ui/dom';
import { formatDecimal, formatUtc, hasFix } from '../../ui/format';
import { refuse, runCaseAction, type ActionUi } from './action';

/** What the positions table does once an editor has saved. */
export interface EditorDone {
  /** The editor closes; `saved` says what changed (for the undo bar), absent on Cancel. */
  (saved?: { kind: 'corrected' | 'withdrawn'; index: number; newIndex?: number }): void;
}

/**
 * A second, deliberate step before replacing a fact confirmed with the caller: the form shows what
 * will be replaced and only the button that says so goes on; Enter in the text field alone never
 * replaces a confirmed position.
 */
function confirmStep(index: number, fix: Fix, verb: string): { el: HTMLElement; button: HTMLButtonElement } {
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-decline', 'data-testid': 'supersede-confirmed' },
    `Yes, ${verb} confirmed position ${index + 1}`,
  );
  const el = h(
    'div',
    { class: 'confirm-step', role: 'alert', 'data-testid': 'confirm-step', hidden: true },
    h('strong', {}, `Position ${index + 1} was confirmed with the caller`),
    hasFix(fix) ? ` (${formatDecimal(fix.lat, fix.lon)}, ${formatUtc(fix.at)}).` : '.',
    ` Do you want to ${verb} it? `,
    button,
  );
  return { el, button };
}

/** The inline correction of fix `index`: the position as it should have been read. */
export function correctionRow(caseId: string, index: number, fix: Fix, colspan: number, done: EditorDone): HTMLElement {
  const input = h('input', {
    name: 'text',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    value: fix.raw ?? (hasFix(fix) ? formatDecimal(fix.lat, fix.lon) : ''),
  });
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save correction');
  const error = errorBox('correction-error');
  const step = confirmStep(index, fix, 'replace');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'correction-form', novalidate: true },
    field(
      `Corrected position for #${index + 1}`,
      input,
      'Type the position as it should have been read; the original stays on record.',
    ),
    save,
    h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => done() }, 'Cancel'),
    step.el,
    error.el,
  );
  const ui: ActionUi = { form, button: save, busyText: 'Saving…', error };
  const send = (supersedeConfirmed: boolean) => {
    const text = input.value.trim();
    void runCaseAction(ui, () =>
      addPosition(caseId, {
        text,
        corrects: index,
        source: 'operator',
        supersedeConfirmed: supersedeConfirmed || undefined,
      }),
    ).then((ok) => {
      if (ok) done({ kind: 'corrected', index });
    });
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!input.value.trim()) {
      refuse(ui, input, 'Enter the corrected position.');
      return;
    }
    if (fix.confirmed) {
      step.el.hidden = false;
      step.button.focus();
      return;
    }
    send(false);
  });
  step.button.addEventListener('click', () => send(true));
  input.addEventListener('input', () => {
    step.el.hidden = true;
  });
  return h('tr', { class: 'correction-row' }, h('td', { colspan: String(colspan) }, form));
}

/** The inline withdrawal of fix `index`: why (required), and a second step for a confirmed one. */
export function withdrawRow(caseId: string, index: number, fix: Fix, colspan: number, done: EditorDone): HTMLElement {
  const reason = h('input', {
    name: 'reason',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'e.g. typed into the wrong case',
  });
  const save = h('button', { type: 'submit', class: 'btn btn-decline' }, 'Withdraw position');
  const error = errorBox('withdraw-error');
  const step = confirmStep(index, fix, 'withdraw');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'withdraw-form', novalidate: true },
    field(`Why withdraw #${index + 1}`, reason, 'The position stays on record, marked withdrawn.'),
    save,
    h('button', { type: 'button', class: 'btn btn-quiet', onclick: () => done() }, 'Cancel'),
    step.el,
    error.el,
  );
  const ui: ActionUi = { form, button: save, busyText: 'Withdrawing…', error };
  const send = (supersedeConfirmed: boolean) =>
    void runCaseAction(ui, () =>
      withdrawPosition(caseId, index, {
        reason: reason.value.trim(),
        supersedeConfirmed: supersedeConfirmed || undefined,
      }),
    ).then((ok) => {
      if (ok) done({ kind: 'withdrawn', index });
    });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (reason.value.trim().length < 2) {
      refuse(ui, reason, 'Say why the position is withdrawn.');
      return;
    }
    if (fix.confirmed) {
      step.el.hidden = false;
      step.button.focus();
      return;
    }
    send(false);
  });
  step.button.addEventListener('click', () => send(true));
  return h('tr', { class: 'correction-row' }, h('td', { colspan: String(colspan) }, form));
}
