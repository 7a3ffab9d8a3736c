import type { Boat, Case, CasePatch, CountField, Departure } from '../../../../shared/domain/case';
import { patchCase } from '../../api/cases';
import { upsertCase } from '../../state/cases';
import { errorBox, field, h } from '../../ui/dom';
import { undoBar } from '../../ui/undo-bar';
import { refuse, runCaseAction, type ActionUi } from './action';
import { select } from './detail-parts';
import { nationalitiesInput } from './nationalities-input';
import { BOAT_TYPES, COUNT_LABELS, ENGINE_STATES } from './record-labels';

const text = (name: string) => h('input', { name, type: 'text', autocomplete: 'off' });
const number = (name: string, max: number) =>
  h('input', { name, type: 'number', min: '0', max: String(max), step: '1', inputmode: 'numeric' });

/**
 * The case record's editor: people by group, nationalities, boat, departure, who rescued and where
 * the people landed. Only fields that differ from the case are sent, so the timeline lists exactly
 * what changed; while the operator types, live updates of the case do not overwrite the form.
 */
export function renderRecordForm(caseId: string): { form: HTMLFormElement; update(c: Case): void } {
  const counts = Object.fromEntries(COUNT_LABELS.map(([k]) => [k, number(k, 10000)])) as Record<
    CountField,
    HTMLInputElement
  >;
  const boatType = select('boatType', BOAT_TYPES, '—');
  const colour = text('colour');
  const engineStatus = select('engineStatus', ENGINE_STATES, '—');
  const engineCount = number('engineCount', 20);
  const water = select('waterEntering', [
    ['', 'Unknown'],
    ['yes', 'Yes'],
    ['no', 'No'],
  ]);
  const description = text('description');
  const [depPlace, depAt] = [text('departurePlace'), text('departureAt')];
  const rescuedBy = text('rescuedBy');
  const [landPlace, landAt] = [text('disembarkationPlace'), text('disembarkationAt')];
  const nationalities = nationalitiesInput();
  const reason = text('reason');
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save details');
  const error = errorBox('details-error');
  const saved = h('span', { class: 'ok', role: 'status', tabindex: '-1', 'data-testid': 'details-saved' });
  const undo = undoBar('details-undo');
  const TIME_HINT = 'UTC as 2026-11-27 22:00Z, or as the caller said it';
  const form = h(
    'form',
    { class: 'details-form', 'data-testid': 'details-form', novalidate: true },
    h(
      'div',
      { class: 'counts' },
      COUNT_LABELS.map(([k, label]) => field(label, counts[k])),
    ),
    nationalities.el,
    h('div', { class: 'pair' }, field('Boat type', boatType), field('Colour', colour)),
    h('div', { class: 'pair' }, field('Engine', engineStatus), field('Number of engines', engineCount)),
    h('div', { class: 'pair' }, field('Water entering', water), field('Boat description', description)),
    h('div', { class: 'pair' }, field('Departure place', depPlace), field('Departure time', depAt, TIME_HINT)),
    field('Rescued or intercepted by', rescuedBy, 'A ship’s name, or the authority: "Libyan coast guard"'),
    h(
      'div',
      { class: 'pair' },
      field('Disembarkation place', landPlace),
      field('Disembarkation time', landAt, TIME_HINT),
    ),
    field('Source or note', reason),
    save,
    ' ',
    saved,
    undo.el,
    error.el,
  );
  const ui: ActionUi = { form, button: save, busyText: 'Saving…', error, focusAfter: saved };
  let current: Case | null = null;
  let dirty = false;
  form.addEventListener('input', () => {
    dirty = true;
    saved.textContent = '';
  });

  const fill = (c: Case) => {
    for (const [k] of COUNT_LABELS) counts[k].value = c[k] === null ? '' : String(c[k]);
    boatType.value = c.boat.type ?? '';
    colour.value = c.boat.colour ?? '';
    engineStatus.value = c.boat.engineStatus ?? '';
    engineCount.value = c.boat.engineCount === undefined ? '' : String(c.boat.engineCount);
    water.value = c.boat.waterEntering === undefined ? '' : c.boat.waterEntering ? 'yes' : 'no';
    description.value = c.boat.description ?? '';
    [depPlace.value, depAt.value] = [c.departure.place ?? '', c.departure.at ?? ''];
    rescuedBy.value = c.rescuedBy ?? '';
    [landPlace.value, landAt.value] = [c.disembarkation.place ?? '', c.disembarkation.at ?? ''];
    nationalities.fill(c.nationalities);
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!current) return;
    const c = current;
    const patch: CasePatch = {};
    for (const [k, label] of COUNT_LABELS) {
      const raw = counts[k].value.trim();
      if (raw === '') {
        // Emptying a known count clears it; the server records the change like any other.
        if (c[k] !== null) patch[k] = null;
        continue;
      }
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0 || n > 10000) {
        refuse(ui, counts[k], `${label} must be a whole number between 0 and 10000.`);
        return;
      }
      if (n !== c[k]) patch[k] = n;
    }
    const engines = engineCount.value.trim();
    if (engines !== '' && !(Number.isInteger(Number(engines)) && Number(engines) >= 0 && Number(engines) <= 20)) {
      refuse(ui, engineCount, 'Number of engines: a whole number from 0 to 20.');
      return;
    }
    const nat = nationalities.read();
    if ('problem' in nat) {
      refuse(ui, nat.input, nat.problem);
      return;
    }
    const boat = clean<Boat>({
      type: (boatType.value || undefined) as Boat['type'],
      colour: colour.value,
      engineStatus: (engineStatus.value || undefined) as Boat['engineStatus'],
      engineCount: engines === '' ? undefined : Number(engines),
      waterEntering: water.value ? water.value === 'yes' : undefined,
      description: description.value,
    });
    if (!same(boat, clean(c.boat))) patch.boat = boat;
    const departure = clean<Departure>({ place: depPlace.value, at: depAt.value });
    if (!same(departure, clean(c.departure))) patch.departure = departure;
    const landed = clean<Departure>({ place: landPlace.value, at: landAt.value });
    if (!same(landed, clean(c.disembarkation))) patch.disembarkation = landed;
    const rescuer = rescuedBy.value.trim() || null;
    if (rescuer !== c.rescuedBy) patch.rescuedBy = rescuer;
    if (JSON.stringify(nat.value) !== JSON.stringify(c.nationalities)) patch.nationalities = nat.value;
    if (!Object.keys(patch).length) {
      error.show('Nothing changed.');
      return;
    }
    if (reason.value.trim()) patch.reason = reason.value.trim();
    const inverse = inverseOf(patch, c);
    void runCaseAction(ui, () => patchCase(caseId, patch)).then((ok) => {
      if (!ok) return;
      dirty = false;
      reason.value = '';
      saved.textContent = 'Saved.';
      if (current) fill(current);
      undo.offer('Details saved.', () => patchCase(caseId, inverse).then(upsertCase));
    });
  });

  return {
    form,
    update(c) {
      current = c;
      if (!dirty) fill(c);
    },
  };
}

/** The change that puts back what `patch` replaced, recorded as an undo like any other change. */
function inverseOf(patch: CasePatch, c: Case): CasePatch {
  const back: Record<string, unknown> = { reason: 'undo of the previous change' };
  for (const key of Object.keys(patch)) if (key !== 'reason') back[key] = c[key as keyof Case];
  return back as CasePatch;
}

/** Trims strings and drops empty fields, so "" and a missing field compare equal. */
function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const t = typeof v === 'string' ? v.trim() : v;
    if (t !== undefined && t !== '') out[k] = t;
  }
  return out as T;
}

function same(a: object, b: object): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
