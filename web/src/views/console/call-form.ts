import { logCall, type CallCreated, type NewCall } from '../../api/cases';
import { errorMessage } from '../../api/http';
import { cases } from '../../state/cases';
import { errorBox, field, h } from '../../ui/dom';
import { parsePosition } from '../../../../shared/geo/position';
import { fixWarnings, formatLatLon, latestFix } from '../../ui/format';
import { explainRefusal } from './action';

/** Reads an optional whole-number field; throws a sentence naming the field when it is not one. */
function countValue(input: HTMLInputElement, label: string): number | undefined {
  const raw = input.value.trim();
  if (raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10000) {
    input.focus();
    throw new Error(`${label} must be a whole number between 0 and 10000.`);
  }
  return n;
}

function countInput(name: string): HTMLInputElement {
  return h('input', { name, type: 'number', min: '0', max: '10000', step: '1', inputmode: 'numeric' });
}

/**
 * "Log a distress call": posts to /api/calls. On an error the message is shown inline and every
 * field keeps what the operator typed; on success the form clears and the new case is selected.
 */
export function renderCallForm(onLogged: (res: CallCreated) => void): HTMLElement {
  const callerNumber = h('input', {
    name: 'callerNumber',
    type: 'tel',
    autocomplete: 'off',
    required: true,
    placeholder: '+8821 6…',
  });
  const position = h('textarea', {
    name: 'position',
    rows: '2',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: "35°46.628'N 014°17.504'E",
  });
  const pob = countInput('personsOnBoard');
  const women = countInput('women');
  const children = countInput('children');
  const medical = countInput('medical');
  const notes = h('textarea', { name: 'notes', rows: '1' });
  const reading = h('div', {
    class: 'position-reading muted',
    'data-testid': 'position-reading',
    'aria-live': 'polite',
  });
  const submit = h(
    'button',
    { type: 'submit', class: 'btn btn-primary btn-big', 'data-testid': 'call-submit' },
    'Log call',
  );
  const error = errorBox('call-error');
  const result = h('div', { class: 'result', role: 'status', 'data-testid': 'call-result' });

  const form = h(
    'form',
    { class: 'call-form', 'data-testid': 'call-form', novalidate: true, 'aria-labelledby': 'call-form-title' },
    h('h2', { id: 'call-form-title' }, 'Log a distress call'),
    field('Caller number', callerNumber),
    field(
      'Position as given',
      position,
      'Exactly as the caller gives it (a pasted satellite-phone SMS works); Enter logs, Shift+Enter adds a line.',
    ),
    reading,
    h(
      'div',
      { class: 'counts' },
      field('Persons on board', pob),
      field('Women', women),
      field('Children', children),
      field('Medical cases', medical),
    ),
    field('Notes', notes),
    error.el,
    submit,
    result,
  );

  // Keyboard first: Enter logs the call from any field, the text areas included (Shift+Enter for a new line).
  for (const area of [position, notes])
    area.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        form.requestSubmit();
      }
    });
  position.addEventListener('input', () => showReading(reading, position.value));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.clear();
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    result.textContent = '';
    delete result.dataset.caseId;
    let call: NewCall;
    try {
      if (!callerNumber.value.trim()) {
        callerNumber.focus();
        throw new Error('Enter the caller number (use "unknown" plus the line if the number was withheld).');
      }
      call = {
        callerNumber: callerNumber.value.trim(),
        position: position.value.trim() || undefined,
        personsOnBoard: countValue(pob, 'Persons on board'),
        women: countValue(women, 'Women'),
        children: countValue(children, 'Children'),
        medical: countValue(medical, 'Medical cases'),
        notes: notes.value.trim() || undefined,
      };
    } catch (err) {
      error.show(errorMessage(err));
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Logging…';
    // Known before the request left, so a socket event for a brand-new case cannot count.
    const knownBefore = new Set(cases.get().keys());
    logCall(call)
      .then((res) => {
        form.reset();
        showReading(reading, '');
        result.replaceChildren(...describeResult(res, knownBefore.has(res.caseId)));
        result.dataset.caseId = res.caseId;
        onLogged(res);
        callerNumber.focus();
      })
      .catch((err: unknown) => error.show(explainRefusal(form, err)))
      .finally(() => {
        submit.disabled = false;
        submit.textContent = 'Log call';
      });
  });
  return form;
}

function describeResult(res: CallCreated, joined: boolean): Node[] {
  const fix = latestFix(res.case.positions);
  const parts: Node[] = [
    h(
      'span',
      { class: 'ok' },
      joined ? `Call logged on open case ${res.caseId} (same caller number).` : `Call logged on case ${res.caseId}.`,
    ),
  ];
  if (fix && fix.lat !== null && fix.lon !== null)
    parts.push(h('span', {}, ` Fix: ${formatLatLon(fix.lat, fix.lon)}.`));
  const warnings = fix ? fixWarnings(fix) : [];
  if (warnings.length) parts.push(h('span', { class: 'warn' }, ` ⚠ ${warnings.join('; ')} — ask the caller again.`));
  return parts;
}

/** What the position text reads as, before the call is logged: the operator checks it with the caller. */
function showReading(el: HTMLElement, text: string): void {
  const t = text.trim();
  el.classList.remove('warn');
  if (!t) {
    el.textContent = '';
    return;
  }
  const p = parsePosition(t);
  if (p.ok) el.textContent = `Reads as ${formatLatLon(p.lat, p.lon)} (${p.format})`;
  else {
    el.textContent = `Not read as a position yet: ${p.reason}`;
    el.classList.add('warn');
  }
}
