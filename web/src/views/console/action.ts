import type { Case } from '../../../../shared/domain/case';
import { errorMessage, fieldProblems } from '../../api/http';
import { upsertCase } from '../../state/cases';

/**
 * The server's refusal in the form's own words: fields it names are marked invalid, called by
 * their labels, and the first one gets the focus.
 */
export function explainRefusal(form: HTMLFormElement, err: unknown): string {
  const problems = fieldProblems(err);
  const named = problems.flatMap((p) => {
    const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(p.field)}"]`);
    if (!input) return [];
    input.setAttribute('aria-invalid', 'true');
    const label = form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? p.field;
    return [{ input, text: `${label}: ${p.message}` }];
  });
  if (!named.length) return errorMessage(err);
  named[0].input.focus();
  return named.map((n) => n.text).join('. ');
}

/** Where a case action shows that it is busy and why it failed. */
export interface ActionUi {
  /** The form whose fields a refusal may name; a lone button has none. */
  form?: HTMLFormElement;
  button: HTMLButtonElement;
  busyText: string;
  error: { show(msg: string): void; clear(): void };
  /** Where the cursor goes after a success (a "Saved." status, the next field); else back to the button. */
  focusAfter?: HTMLElement;
}

/**
 * Runs one change to a case from a form: the button says it is busy, a refusal is explained inline
 * (what the operator typed stays), and the case the server answers goes into the store at once
 * (the socket event that follows is merged, not duplicated). Resolves true on success.
 */
export async function runCaseAction(ui: ActionUi, action: () => Promise<Case>): Promise<boolean> {
  ui.error.clear();
  ui.form?.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  // A second press while the first is on its way does nothing. The button is marked busy, not
  // disabled: a disabled button drops the focus to the page body.
  if (ui.button.dataset.busy === 'true') return false;
  const label = ui.button.textContent;
  ui.button.dataset.busy = 'true';
  ui.button.setAttribute('aria-disabled', 'true');
  ui.button.textContent = ui.busyText;
  let ok = false;
  try {
    upsertCase(await action());
    ok = true;
  } catch (err) {
    ui.error.show(ui.form ? explainRefusal(ui.form, err) : errorMessage(err));
  } finally {
    delete ui.button.dataset.busy;
    ui.button.removeAttribute('aria-disabled');
    ui.button.textContent = label;
  }
  keepFocus(ok ? ui.focusAfter : undefined, ui.button);
  return ok;
}

/**
 * A disabled button drops the focus to the page body, where the next Tab and Space land on
 * whatever comes first: put the cursor back where the operator expects it.
 */
export function keepFocus(target: HTMLElement | undefined, fallback: HTMLElement): void {
  if (target?.isConnected) {
    target.focus();
    return;
  }
  const active = document.activeElement;
  if ((!active || active === document.body) && fallback.isConnected) fallback.focus();
}

/** Refuses a form locally before anything is sent: marks the input, focuses it, says why. */
export function refuse(ui: ActionUi, input: HTMLElement, message: string): false {
  ui.error.show(message);
  input.setAttribute('aria-invalid', 'true');
  input.focus();
  return false;
}
