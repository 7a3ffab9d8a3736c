import type { Case } from '../../../../shared/domain/case';
import type { Fix } from '../../../../shared/domain/position';
import { addPosition, confirmFix, type NewPosition } from '../../api/cases';
import { errorBox, field, h } from '../../ui/dom';
import { fixWarnings, formatDecimal, formatLatLon, formatUtc, hasFix } from '../../ui/format';
import { refuse, runCaseAction, type ActionUi } from './action';
import { placeChildren, section, select, type Part } from './detail-parts';
import { POSITION_SOURCES } from './record-labels';

const HEADERS = ['#', 'Time (UTC), from', 'As given', 'Parsed fix', 'Format', 'Warnings', ''];

/**
 * Every position report, newest first, with the text as given beside the parsed fix, its format
 * and warnings; each parsed fix can be confirmed, any fix corrected inline, and a new one added.
 */
export function renderPositions(caseId: string): Part {
  const tbody = h('tbody', {});
  const empty = h('p', { class: 'muted' }, 'No position reported yet.');
  const tableWrap = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { 'data-testid': 'positions-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          HEADERS.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      tbody,
    ),
  );
  const error = errorBox('positions-error');
  const rows = new Map<number, { key: string; el: HTMLElement }>();
  const editors = new Map<number, HTMLElement>();
  let current: Case | null = null;

  const rerender = () => {
    if (current) part.update(current);
  };
  // An open correction survives live updates of the case: it is kept here, not rebuilt with its row.
  const toggleEditor = (i: number, fix: Fix) => {
    const open = editors.get(i);
    if (open) {
      open.remove();
      editors.delete(i);
    } else {
      editors.set(
        i,
        correctionRow(caseId, i, fix, () => toggleEditor(i, fix)),
      );
    }
    rerender();
    editors.get(i)?.querySelector('input')?.focus();
  };

  const part: Part = {
    el: section('Positions (newest first)', 'positions', empty, tableWrap, error.el, addPositionForm(caseId)),
    update(c) {
      current = c;
      empty.hidden = c.positions.length > 0;
      tableWrap.hidden = c.positions.length === 0;
      const correctedBy = new Map<number, number>();
      c.positions.forEach((f, i) => {
        if (f.corrects !== undefined) correctedBy.set(f.corrects, i);
      });
      const wanted: HTMLElement[] = [];
      for (let i = c.positions.length - 1; i >= 0; i--) {
        const fix = c.positions[i];
        const key = JSON.stringify([fix, correctedBy.get(i), editors.has(i)]);
        let row = rows.get(i);
        if (!row || row.key !== key) {
          const el = positionRow(
            i,
            fix,
            correctedBy.get(i),
            {
              confirm: (button) =>
                void runCaseAction({ button, busyText: 'Confirming…', error }, () => confirmFix(caseId, i)),
              correct: () => toggleEditor(i, fix),
            },
            editors.has(i),
          );
          row?.el.replaceWith(el);
          row = { key, el };
          rows.set(i, row);
        }
        wanted.push(row.el);
        const editor = editors.get(i);
        if (editor) wanted.push(editor);
      }
      placeChildren(tbody, wanted);
    },
  };
  return part;
}

interface RowActions {
  confirm(button: HTMLButtonElement): void;
  correct(): void;
}

function positionRow(
  i: number,
  f: Fix,
  correctedBy: number | undefined,
  act: RowActions,
  editing: boolean,
): HTMLElement {
  const warnings = fixWarnings(f);
  const confirmBtn = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      'data-testid': 'confirm-fix',
      disabled: f.confirmed,
      'aria-label': f.confirmed ? `Position ${i + 1} confirmed` : `Confirm position ${i + 1}`,
    },
    f.confirmed ? '✓ confirmed' : 'Confirm',
  );
  confirmBtn.addEventListener('click', () => act.confirm(confirmBtn));
  return h(
    'tr',
    {
      class: [
        warnings.length ? 'has-warning' : '',
        correctedBy !== undefined ? 'superseded' : '',
        f.confirmed ? 'confirmed' : '',
      ]
        .join(' ')
        .trim(),
      'data-testid': 'position-row',
      dataset: { index: String(i), confirmed: String(f.confirmed), parsed: String(hasFix(f)) },
    },
    h('td', {}, String(i + 1)),
    h('td', {}, h('span', { class: 'mono' }, formatUtc(f.at)), h('div', { class: 'muted' }, f.source)),
    h(
      'td',
      { class: 'mono raw', 'data-testid': 'fix-raw' },
      f.raw ?? h('span', { class: 'muted' }, '(entered as coordinates)'),
      f.corrects !== undefined ? h('div', { class: 'note' }, `corrects #${f.corrects + 1}`) : null,
      correctedBy !== undefined ? h('div', { class: 'note' }, `corrected by #${correctedBy + 1}`) : null,
    ),
    h(
      'td',
      { class: 'mono parsed', 'data-testid': 'fix-parsed' },
      hasFix(f)
        ? [formatLatLon(f.lat, f.lon), h('br', {}), h('span', { class: 'muted' }, formatDecimal(f.lat, f.lon))]
        : h('span', { class: 'warning' }, 'not understood'),
    ),
    h('td', { 'data-testid': 'fix-format' }, f.format ?? '—'),
    h(
      'td',
      { class: 'warning-cell', 'data-testid': 'fix-warnings' },
      warnings.length
        ? h(
            'ul',
            { class: 'plain' },
            warnings.map((w) => h('li', { class: 'warning', role: 'note' }, '⚠ ', w)),
          )
        : null,
    ),
    h(
      'td',
      { class: 'actions' },
      hasFix(f) ? confirmBtn : null,
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-small btn-quiet',
          'data-testid': 'correct-fix',
          'aria-expanded': String(editing),
          'aria-label': `Correct position ${i + 1}`,
          onclick: act.correct,
        },
        'Correct',
      ),
    ),
  );
}

function correctionRow(caseId: string, index: number, fix: Fix, done: () => void): HTMLElement {
  const input = h('input', {
    name: 'text',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    value: fix.raw ?? (hasFix(fix) ? formatDecimal(fix.lat, fix.lon) : ''),
  });
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save correction');
  const error = errorBox('correction-error');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'correction-form', novalidate: true },
    field(
      `Corrected position for #${index + 1}`,
      input,
      'Type the position as it should have been read; the original stays on record.',
    ),
    save,
    h('button', { type: 'button', class: 'btn btn-quiet', onclick: done }, 'Cancel'),
    error.el,
  );
  const ui: ActionUi = { form, button: save, busyText: 'Saving…', error };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) {
      refuse(ui, input, 'Enter the corrected position.');
      return;
    }
    void runCaseAction(ui, () => addPosition(caseId, { text, corrects: index, source: 'operator' })).then((ok) => {
      if (ok) done();
    });
  });
  return h('tr', { class: 'correction-row' }, h('td', { colspan: String(HEADERS.length) }, form));
}

function addPositionForm(caseId: string): HTMLElement {
  const text = h('input', {
    name: 'text',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: "34°36'N 013°00'E, a map link, an NMEA sentence…",
  });
  const source = select('source', POSITION_SOURCES);
  const add = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Add position');
  const error = errorBox('add-position-error');
  const form = h(
    'form',
    { class: 'inline-form add-position', 'data-testid': 'add-position-form', novalidate: true },
    field('New position as given', text),
    field('Given by', source),
    add,
    error.el,
  );
  const ui: ActionUi = { form, button: add, busyText: 'Adding…', error };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const raw = text.value.trim();
    if (!raw) {
      refuse(ui, text, 'Enter the position exactly as it was given.');
      return;
    }
    const position: NewPosition = { text: raw, source: source.value as NewPosition['source'] };
    void runCaseAction(ui, () => addPosition(caseId, position)).then((ok) => {
      if (ok) text.value = '';
    });
  });
  return form;
}
