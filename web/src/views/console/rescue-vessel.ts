import type { Case, TimelineEntry } from '../../../../shared/domain/case';
import type { VesselPosition } from '../../../../shared/domain/vessel';
import { assignVessel } from '../../api/cases';
import { ApiError } from '../../api/http';
import { vessels, type VesselChange } from '../../state/vessels';
import { errorBox, field, h, replaceChildren } from '../../ui/dom';
import { formatAge, formatUtc } from '../../ui/format';
import { refuse, runCaseAction, type ActionUi } from './action';
import { section, type Part } from './detail-parts';

const MMSI = /^\d{9}$/;

/** A vessel's name and MMSI as the console writes it. */
function vesselName(mmsi: string, v: VesselPosition | undefined): string {
  return v?.name ? `${v.name} (${mmsi})` : `MMSI ${mmsi}`;
}

/**
 * "Assign rescue vessel": a live rescue asset from the list or any MMSI typed in; the crew of that
 * vessel then sees the case. Assignments so far come from the timeline, the newest one current.
 */
export function renderRescueVessel(caseId: string): Part {
  const current = h('div', { 'data-testid': 'assignment' });
  const pick = h('select', { name: 'vessel' });
  const typed = h('input', {
    name: 'mmsi',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '9',
    placeholder: '9 digits',
  });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Assign');
  const error = errorBox('assign-error');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'assign-form', novalidate: true },
    field('Rescue vessel', pick),
    field('or MMSI', typed, 'Overrides the list when filled in'),
    button,
    error.el,
  );
  const ui: ActionUi = { form, button, busyText: 'Assigning…', error };
  let shownOptions = '';

  const syncOptions = (all: ReadonlyMap<string, VesselPosition>, change: VesselChange) => {
    // A batch of 20,000 positions mostly moves ships: only rescue assets (or a reset) matter here.
    if (!change.reset && !change.removed.length && !change.changed.some((v) => v.kind === 'rescue')) return;
    const rescue = [...all.values()]
      .filter((v) => v.kind === 'rescue')
      .sort((a, b) => (a.name ?? a.mmsi).localeCompare(b.name ?? b.mmsi));
    const key = rescue.map((v) => `${v.mmsi}:${v.name ?? ''}`).join('|');
    if (key === shownOptions) return;
    shownOptions = key;
    const chosen = pick.value;
    replaceChildren(
      pick,
      h('option', { value: '' }, rescue.length ? '— choose a rescue vessel —' : 'no rescue vessel reporting now'),
      rescue.map((v) => h('option', { value: v.mmsi }, vesselName(v.mmsi, v))),
    );
    // Keep the operator's choice while the live list changes around it.
    if (rescue.some((v) => v.mmsi === chosen)) pick.value = chosen;
  };
  const unsub = vessels.subscribe(syncOptions);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const mmsi = typed.value.trim() || pick.value;
    if (!mmsi) {
      refuse(ui, pick, 'Choose a rescue vessel or type its MMSI.');
      return;
    }
    if (!MMSI.test(mmsi)) {
      refuse(ui, typed, 'An MMSI has 9 digits.');
      return;
    }
    void runCaseAction(ui, () =>
      assignVessel(caseId, mmsi).catch((err: unknown) => {
        if (err instanceof ApiError && err.code === 'no_crew') {
          throw new Error(
            `No crew account belongs to vessel ${mmsi}, so nobody would see the case. Ask an administrator to add one.`,
          );
        }
        throw err;
      }),
    ).then((ok) => {
      if (ok) {
        typed.value = '';
        pick.value = '';
      }
    });
  });

  return {
    el: section('Rescue vessel', 'rescue-vessel', current, form),
    update(c: Case) {
      const assignments = c.timeline.filter((e) => e.type === 'assignment').reverse();
      replaceChildren(
        current,
        assignments.length
          ? h(
              'ul',
              { class: 'plain assignments' },
              assignments.map((e, i) => assignmentItem(e, i === 0)),
            )
          : h('p', { class: 'muted' }, 'No rescue vessel assigned.'),
      );
      current.dataset.mmsi = assignments.length ? String(assignments[0].data.mmsi ?? '') : '';
    },
    destroy: unsub,
  };
}

function assignmentItem(e: TimelineEntry, isCurrent: boolean): HTMLElement {
  const mmsi = String(e.data.mmsi ?? '');
  const v = vessels.get().get(mmsi);
  return h(
    'li',
    { class: isCurrent ? 'assignment current' : 'assignment muted', dataset: { mmsi } },
    h('strong', {}, vesselName(mmsi, v)),
    isCurrent ? h('span', { class: 'badge assigned' }, 'assigned') : ' (earlier)',
    h(
      'div',
      { class: 'muted' },
      `by ${e.actor}, ${formatUtc(e.at)}`,
      v ? ` · last report ${formatAge(v.at)}` : ' · not reporting its position now',
    ),
  );
}
