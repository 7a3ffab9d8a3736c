import type { Case } from '../../../../shared/domain/case';
import type { Fix } from '../../../../shared/domain/position';
import { addPosition, confirmFix, withdrawPosition, type NewPosition } from '../../api/cases';
import { upsertCase } from '../../state/cases';
import { errorBox, field, h } from '../../ui/dom';
import { fixWarnings, formatDecimal, formatLatLon, formatUtc, hasFix } from '../../ui/format';
import { undoBar } from '../../ui/undo-bar';
import { refuse, runCaseAction, type ActionUi } from './action';
import { placeChildren, section, select, type Part } from './detail-parts';
import { correctionRow, withdrawRow, type EditorDone } from './position-editors';
import { POSITION_SOURCES } from './record-labels';

const HEADERS = ['#', 'Time (UTC), from', 'As given', 'Parsed fix', 'Format', 'Warnings', ''];

type EditorKind = 'correct' | 'withdraw';

/**
 * Every position report, newest first, with the text as given beside the parsed fix, its format
 * and warnings; each parsed fix can be confirmed, any fix corrected or withdrawn inline, and a new
 * one added. A confirmed fix is replaced or withdrawn only after a second, deliberate step, and a
 * correction can be undone for a while. The cursor stays where the operator left it when rows are
 * redrawn (a confirmed button stays focusable, announced as disabled).
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
  const undo = undoBar('positions-undo');
  const rows = new Map<number, { key: string; el: HTMLElement }>();
  const editors = new Map<number, { kind: EditorKind; el: HTMLElement }>();
  let current: Case | null = null;

  const rerender = () => {
    if (current) part.update(current);
  };
  const closed =
    (i: number): EditorDone =>
    (saved) => {
      editors.get(i)?.el.remove();
      editors.delete(i);
      rerender();
      if (saved?.kind === 'corrected' && current) {
        const newIndex = current.positions.length - 1;
        undo.offer(
          `Correction of position ${i + 1} saved as #${newIndex + 1}.`,
          () =>
            withdrawPosition(caseId, newIndex, { reason: `correction of position ${i + 1} undone` }).then(upsertCase),
          true,
        );
      } else rows.get(i)?.el.querySelector<HTMLElement>('[data-testid=correct-fix]')?.focus();
    };
  // An open editor survives live updates of the case: it is kept here, not rebuilt with its row.
  const toggleEditor = (i: number, fix: Fix, kind: EditorKind) => {
    const open = editors.get(i);
    open?.el.remove();
    editors.delete(i);
    if (open?.kind !== kind) {
      const make = kind === 'correct' ? correctionRow : withdrawRow;
      editors.set(i, { kind, el: make(caseId, i, fix, HEADERS.length, closed(i)) });
    }
    rerender();
    editors.get(i)?.el.querySelector('input')?.focus();
  };

  const part: Part = {
    el: section('Positions (newest first)', 'positions', empty, tableWrap, undo.el, error.el, addPositionForm(caseId)),
    update(c) {
      current = c;
      empty.hidden = c.positions.length > 0;
      tableWrap.hidden = c.positions.length === 0;
      const correctedBy = new Map<number, number>();
      c.positions.forEach((f, i) => {
        if (f.corrects !== undefined && !f.withdrawn) correctedBy.set(f.corrects, i);
      });
      const wanted: HTMLElement[] = [];
      for (let i = c.positions.length - 1; i >= 0; i--) {
        const fix = c.positions[i];
        const editing = editors.get(i)?.kind ?? null;
        const key = JSON.stringify([fix, correctedBy.get(i), editing]);
        let row = rows.get(i);
        if (!row || row.key !== key) {
          const el = positionRow(i, fix, correctedBy.get(i), editing, {
            confirm: (button) =>
              void runCaseAction({ button, busyText: 'Confirming…', error }, () => confirmFix(caseId, i)),
            correct: () => toggleEditor(i, fix, 'correct'),
            withdraw: () => toggleEditor(i, fix, 'withdraw'),
          });
          // Redrawing a row must not drop the cursor to the page body: the next key would land anywhere.
          const focused = row?.el.contains(document.activeElement)
            ? (document.activeElement as HTMLElement).dataset.testid
            : undefined;
          row?.el.replaceWith(el);
          row = { key, el };
          rows.set(i, row);
          if (focused) el.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
        }
        wanted.push(row.el);
        const editor = editors.get(i);
        if (editor) wanted.push(editor.el);
      }
      placeChildren(tbody, wanted);
    },
  };
  return part;
}

interface RowActions {
  confirm(button: HTMLButtonElement): void;
  correct(): void;
  withdraw(): void;
}

function positionRow(
  i: number,
  f: Fix,
  correctedBy: number | undefined,
  editing: EditorKind | null,
  act: RowActions,
): HTMLElement {
  const warnings = fixWarnings(f);
  const confirmBtn = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      'data-testid': 'confirm-fix',
      // aria-disabled, not disabled: a disabled button loses the focus it had.
      'aria-disabled': f.confirmed ? 'true' : undefined,
      'aria-label': f.confirmed ? `Position ${i + 1} confirmed` : `Confirm position ${i + 1}`,
    },
    f.confirmed ? '✓ confirmed' : 'Confirm',
  );
  confirmBtn.addEventListener('click', () => {
    if (!f.confirmed) act.confirm(confirmBtn);
  });
  const withdrawn = f.withdrawn;
  return h(
    'tr',
    {
      class: [
        warnings.length ? 'has-warning' : '',
        correctedBy !== undefined || withdrawn ? 'superseded' : '',
        f.confirmed ? 'confirmed' : '',
      ]
        .join(' ')
        .trim(),
      'data-testid': 'position-row',
      dataset: {
        index: String(i),
        confirmed: String(f.confirmed),
        parsed: String(hasFix(f)),
        withdrawn: String(!!withdrawn),
      },
    },
    h('td', {}, String(i + 1)),
    h('td', {}, h('span', { class: 'mono' }, formatUtc(f.at)), h('div', { class: 'muted' }, f.source)),
    h(
      'td',
      { class: 'mono raw', 'data-testid': 'fix-raw' },
      f.raw ?? h('span', { class: 'muted' }, '(entered as coordinates)'),
      f.corrects !== undefined ? h('div', { class: 'note' }, `corrects #${f.corrects + 1}`) : null,
      correctedBy !== undefined ? h('div', { class: 'note' }, `corrected by #${correctedBy + 1}`) : null,
      withdrawn
        ? h(
            'div',
            { class: 'note warning', 'data-testid': 'fix-withdrawn' },
            `withdrawn by ${withdrawn.by} ${formatUtc(withdrawn.at)}: ${withdrawn.reason}`,
          )
        : null,
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
      withdrawn ? null : [hasFix(f) ? confirmBtn : null, editorButton(i, 'correct', editing, act.correct)],
      withdrawn ? null : editorButton(i, 'withdraw', editing, act.withdraw),
    ),
  );
}

function editorButton(i: number, kind: EditorKind, editing: EditorKind | null, onclick: () => void): HTMLElement {
  const label = kind === 'correct' ? 'Correct' : 'Withdraw';
  return h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small btn-quiet',
      'data-testid': `${kind}-fix`,
      'aria-expanded': String(editing === kind),
      'aria-label': `${label} position ${i + 1}`,
      onclick,
    },
    label,
  );
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
  const ui: ActionUi = { form, button: add, busyText: 'Adding…', error, focusAfter: text };
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
