import type { Case, Outcome, Phase } from '../../../../shared/domain/case';
import { patchCase } from '../../api/cases';
import { errorBox, field, h, replaceChildren } from '../../ui/dom';
import { refuse, runCaseAction, type ActionUi } from './action';
import { section, select, type Part } from './detail-parts';
import { OUTCOMES, PHASES, outcomeLabel } from './record-labels';

/**
 * Phase and status: change the IAMSAR phase with a reason (the timeline records who and why),
 * close the case with an outcome from the fixed taxonomy, or reopen a closed one.
 */
export function renderCaseControls(caseId: string): Part {
  const phase = phaseForm(caseId);
  const statusSlot = h('div', {});
  let shownStatus: Case['status'] | null = null;
  return {
    el: section('Phase and status', 'case-controls', phase.form, statusSlot),
    update(c) {
      phase.update(c);
      if (c.status === shownStatus) return;
      shownStatus = c.status;
      replaceChildren(statusSlot, c.status === 'open' ? closeForm(caseId) : reopenForm(caseId, c));
    },
  };
}

function phaseForm(caseId: string): { form: HTMLFormElement; update(c: Case): void } {
  const phase = select('phase', PHASES);
  const reason = h('input', {
    name: 'reason',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'e.g. contact lost, engine working',
  });
  const button = h('button', { type: 'submit', class: 'btn' }, 'Change phase');
  const error = errorBox('phase-error');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'phase-form', novalidate: true },
    field('Phase', phase),
    field('Why', reason),
    button,
    error.el,
  );
  const ui: ActionUi = { form, button, busyText: 'Changing…', error };
  let current: Phase | null = null;
  let touched = false;
  phase.addEventListener('change', () => {
    touched = true;
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (phase.value === current) {
      refuse(ui, phase, `The case is already in ${current}.`);
      return;
    }
    if (!reason.value.trim()) {
      refuse(ui, reason, 'Say why the phase changes: the record must show it.');
      return;
    }
    void runCaseAction(ui, () => patchCase(caseId, { phase: phase.value as Phase, reason: reason.value.trim() })).then(
      (ok) => {
        if (ok) {
          reason.value = '';
          touched = false;
        }
      },
    );
  });
  return {
    form,
    update(c) {
      // Follow the case unless the operator has started choosing another phase.
      if (!touched || c.phase === phase.value) {
        phase.value = c.phase;
        touched = false;
      }
      current = c.phase;
    },
  };
}

function closeForm(caseId: string): HTMLFormElement {
  const outcome = select('outcome', OUTCOMES, '— choose the outcome —');
  const reason = h('input', {
    name: 'reason',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'e.g. all 42 taken aboard by Ocean Viking',
  });
  const button = h('button', { type: 'submit', class: 'btn btn-decline' }, 'Close case');
  const error = errorBox('close-error');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'close-form', novalidate: true },
    field('Outcome', outcome),
    field('Note', reason),
    button,
    error.el,
  );
  const ui: ActionUi = { form, button, busyText: 'Closing…', error };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!outcome.value) {
      refuse(ui, outcome, 'Choose how the case ended before closing it.');
      return;
    }
    void runCaseAction(ui, () =>
      patchCase(caseId, {
        status: 'closed',
        outcome: outcome.value as Outcome,
        reason: reason.value.trim() || undefined,
      }),
    );
  });
  return form;
}

function reopenForm(caseId: string, c: Case): HTMLElement {
  const reason = h('input', {
    name: 'reason',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'e.g. the caller rang again',
  });
  const button = h('button', { type: 'submit', class: 'btn' }, 'Reopen case');
  const error = errorBox('reopen-error');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'reopen-form', novalidate: true },
    field('Why reopen', reason),
    button,
    error.el,
  );
  const ui: ActionUi = { form, button, busyText: 'Reopening…', error };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!reason.value.trim()) {
      refuse(ui, reason, 'Say why the case is reopened.');
      return;
    }
    void runCaseAction(ui, () => patchCase(caseId, { status: 'open', reason: reason.value.trim() }));
  });
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'closed-note', 'data-testid': 'case-outcome' },
      h('strong', {}, 'Closed'),
      ` — outcome: ${outcomeLabel(c.outcome)}`,
    ),
    form,
  );
}
