import type { Nationality } from '../../../../shared/domain/case';
import { h, uid } from '../../ui/dom';

/** Nationalities hotlines hear most in the central Mediterranean, offered as suggestions (any name is accepted). */
const SUGGESTED = [
  'Afghanistan',
  'Bangladesh',
  'Burkina Faso',
  'Cameroon',
  'Chad',
  "Côte d'Ivoire",
  'Egypt',
  'Eritrea',
  'Ethiopia',
  'Gambia',
  'Guinea',
  'Mali',
  'Morocco',
  'Nigeria',
  'Pakistan',
  'Senegal',
  'Somalia',
  'Sudan',
  'Syria',
  'Tunisia',
];

/** What the editor holds: rows of country and count, as typed. */
export interface NationalitiesInput {
  el: HTMLElement;
  /** The rows as the API takes them; a problem names the row when one is not acceptable. */
  read(): { value: Nationality[] } | { problem: string; input: HTMLElement };
  fill(list: readonly Nationality[]): void;
}

/**
 * A small list editor: one row per nationality (country, optional count, remove), and an "Add
 * nationality" button that adds a row and puts the cursor in it.
 */
export function nationalitiesInput(): NationalitiesInput {
  const listId = uid('nationalities');
  const rows = h('ul', { class: 'plain nationality-rows', 'data-testid': 'nationalities' });
  const add = h('button', { type: 'button', class: 'btn btn-small btn-quiet' }, '+ Add nationality');
  const el = h(
    'fieldset',
    { class: 'nationalities' },
    h('legend', {}, 'Nationalities'),
    rows,
    add,
    h(
      'datalist',
      { id: listId },
      SUGGESTED.map((c) => h('option', { value: c })),
    ),
  );

  const addRow = (n?: Nationality) => {
    const country = h('input', {
      type: 'text',
      name: 'nationality',
      list: listId,
      autocomplete: 'off',
      value: n?.country ?? '',
      'aria-label': 'Nationality',
    });
    const count = h('input', {
      type: 'number',
      name: 'nationalityCount',
      min: '0',
      max: '10000',
      inputmode: 'numeric',
      value: n?.count === null || n?.count === undefined ? '' : String(n.count),
      'aria-label': 'How many',
      placeholder: 'how many',
    });
    const row = h('li', { class: 'nationality-row' }, country, count);
    const remove = h(
      'button',
      { type: 'button', class: 'btn btn-small btn-quiet', 'aria-label': 'Remove this nationality' },
      '✕',
    );
    remove.addEventListener('click', () => {
      const next = (row.nextElementSibling ?? row.previousElementSibling)?.querySelector('input') ?? add;
      row.remove();
      el.dispatchEvent(new Event('input', { bubbles: true }));
      next.focus();
    });
    row.append(remove);
    rows.append(row);
    return country;
  };
  add.addEventListener('click', () => addRow().focus());

  return {
    el,
    read() {
      const value: Nationality[] = [];
      const seen = new Set<string>();
      for (const row of rows.querySelectorAll('li')) {
        const [country, count] = [...row.querySelectorAll('input')];
        const name = country.value.trim();
        const raw = count.value.trim();
        if (!name && !raw) continue;
        if (!name) return { problem: 'Name the nationality of that count.', input: country };
        if (seen.has(name.toLowerCase())) return { problem: `${name} is listed twice.`, input: country };
        seen.add(name.toLowerCase());
        const n = raw === '' ? null : Number(raw);
        if (n !== null && (!Number.isInteger(n) || n < 0 || n > 10000))
          return { problem: `The count for ${name} must be a whole number between 0 and 10000.`, input: count };
        value.push({ country: name, count: n });
      }
      return { value };
    },
    fill(list) {
      rows.textContent = '';
      list.forEach((n) => addRow(n));
    },
  };
}
