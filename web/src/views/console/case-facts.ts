import type { Boat, Case, CasePatch } from '../../../../shared/domain/case';
import { patchCase } from '../../api/cases';
import { errorBox, field, h, replaceChildren, uid } from '../../ui/dom';
import { refuse, runCaseAction, type ActionUi } from './action';
import { fact, section, select, type Part } from './detail-parts';
import { peopleSummary } from './case-summary';

const COUNTS = [
  ['personsOnBoard', 'Persons on board'],
  ['women', 'Women'],
  ['children', 'Children'],
  ['medical', 'Medical cases'],
] as const;
type CountKey = (typeof COUNTS)[number][0];

/**
 * People, boat and departure as recorded, with an editor under a disclosure. Only changed fields
 * are sent, so the timeline lists exactly what changed; the editor keeps what the operator typed
 * while the case updates.
 */
export function renderCaseFacts(caseId: string): Part {
  const facts = h('dl', { class: 'facts', 'data-testid': 'case-facts' });
  const counts = Object.fromEntries(
    COUNTS.map(([k]) => [
      k,
      h('input', { name: k, type: 'number', min: '0', max: '10000', step: '1', inputmode: 'numeric' }),
    ]),
  ) as Record<CountKey, HTMLInputElement>;
  const text = (name: string, list?: string) => h('input', { name, type: 'text', autocomplete: 'off', list });
  const [boatList, engineList] = [uid('boat-types'), uid('engine-states')];
  const boatType = text('boatType', boatList);
  const colour = text('colour');
  const engine = text('engine', engineList);
  const water = select('waterEntering', [
    ['', 'Unknown'],
    ['yes', 'Yes'],
    ['no', 'No'],
  ]);
  const place = text('place');
  const at = text('departureAt');
  const reason = text('reason');
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save details');
  const error = errorBox('details-error');
  const saved = h('span', { class: 'ok', role: 'status' });
  const form = h(
    'form',
    { class: 'details-form', 'data-testid': 'details-form', novalidate: true },
    h(
      'div',
      { class: 'counts' },
      COUNTS.map(([k, label]) => field(label, counts[k])),
    ),
    h('div', { class: 'pair' }, field('Boat type', boatType), field('Colour', colour)),
    h('div', { class: 'pair' }, field('Engine', engine), field('Water entering', water)),
    h(
      'div',
      { class: 'pair' },
      field('Departure place', place),
      field('Departure time', at, 'UTC as 2026-11-27 22:00Z, or as the caller said it'),
    ),
    field('Source or note', reason),
    h(
      'datalist',
      { id: boatList },
      ['rubber boat', 'wooden boat', 'fibreglass boat', 'iron boat'].map((v) => h('option', { value: v })),
    ),
    h(
      'datalist',
      { id: engineList },
      ['working', 'failed', 'no fuel', 'none'].map((v) => h('option', { value: v })),
    ),
    save,
    ' ',
    saved,
    error.el,
  );
  const ui: ActionUi = { form, button: save, busyText: 'Saving…', error };
  let current: Case | null = null;
  let dirty = false;
  form.addEventListener('input', () => {
    dirty = true;
    saved.textContent = '';
  });

  const fill = (c: Case) => {
    for (const [k] of COUNTS) counts[k].value = c[k] === null ? '' : String(c[k]);
    [boatType.value, colour.value, engine.value] = [c.boat.type ?? '', c.boat.colour ?? '', c.boat.engine ?? ''];
    water.value = c.boat.waterEntering === undefined ? '' : c.boat.waterEntering ? 'yes' : 'no';
    [place.value, at.value] = [c.departure.place ?? '', c.departure.at ?? ''];
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!current) return;
    const c = current;
    const patch: CasePatch = {};
    for (const [k, label] of COUNTS) {
      const raw = counts[k].value.trim();
      if (raw === '') continue; // the server keeps a count once known; empty means "no change"
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0 || n > 10000) {
        refuse(ui, counts[k], `${label} must be a whole number between 0 and 10000.`);
        return;
      }
      if (n !== c[k]) patch[k] = n;
    }
    const boat: Boat = clean({
      type: boatType.value,
      colour: colour.value,
      engine: engine.value,
      waterEntering: water.value ? water.value === 'yes' : undefined,
    });
    if (!same(boat, clean(c.boat))) patch.boat = boat;
    const departure = clean({ place: place.value, at: at.value });
    if (!same(departure, clean(c.departure))) patch.departure = departure;
    if (!Object.keys(patch).length) {
      error.show('Nothing changed.');
      return;
    }
    if (reason.value.trim()) patch.reason = reason.value.trim();
    void runCaseAction(ui, () => patchCase(caseId, patch)).then((ok) => {
      if (!ok) return;
      dirty = false;
      reason.value = '';
      saved.textContent = 'Saved.';
      if (current) fill(current);
    });
  });

  return {
    el: section(
      'People and boat',
      'case-facts-section',
      facts,
      h('details', { class: 'edit-details' }, h('summary', {}, 'Edit people, boat and departure'), form),
    ),
    update(c) {
      current = c;
      replaceChildren(
        facts,
        fact('On board', peopleSummary(c)),
        fact('Caller', c.callerNumber ?? 'unknown'),
        fact(
          'Boat',
          [c.boat.type, c.boat.colour, c.boat.engine && `engine: ${c.boat.engine}`].filter(Boolean).join(', ') || '—',
        ),
        fact(
          'Water entering',
          c.boat.waterEntering === undefined ? 'unknown' : c.boat.waterEntering ? 'YES' : 'no',
          c.boat.waterEntering === true,
        ),
        fact('Departure', [c.departure.place, c.departure.at].filter(Boolean).join(', ') || '—'),
        fact('Notes', c.notes || '—'),
      );
      if (!dirty) fill(c);
    },
  };
}

/** Trims strings and drops empty fields, so "" and a missing field compare equal. */
function clean<T extends Record<string, string | boolean | undefined>>(o: T): T {
  const out: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(o)) {
    const t = typeof v === 'string' ? v.trim() : v;
    if (t !== undefined && t !== '') out[k] = t;
  }
  return out as T;
}

function same(a: object, b: object): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
