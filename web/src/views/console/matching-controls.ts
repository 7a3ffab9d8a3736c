import type { Case } from '../../../../shared/domain/case';
import { getCase } from '../../api/cases';
import { answerDockingRequest } from '../../api/docking';
import { steerMatching } from '../../api/matching';
import { harbours } from '../../state/harbours';
import { errorBox, field, h, replaceChildren } from '../../ui/dom';
import { runCaseAction } from './action';
import { select, type Part } from './detail-parts';

type Action = 'pause' | 'resume' | 'skip' | 'ask' | 'accept' | 'decline';

const ACTIONS: [Action, string][] = [
  ['pause', 'Pause matching'],
  ['resume', 'Resume matching'],
  ['skip', 'Skip a harbour (ask the next)'],
  ['ask', 'Ask a harbour now'],
  ['accept', 'Accept for a harbour'],
  ['decline', 'Decline for a harbour'],
];

/**
 * Supervisors steer matching of the case: pause or resume, skip a harbour, ask one now, or answer
 * for a harbour that phoned. The reason is required (resume excepted): the timeline records who
 * did what and why.
 */
export function renderMatchingControls(caseId: string): Part {
  const action = select('action', ACTIONS);
  const target = h('select', { name: 'target' });
  const targetField = field('Harbour', target);
  const places = h('input', { name: 'places', type: 'number', min: '1', inputmode: 'numeric' });
  const placesField = field('Places', places, 'empty: everyone still unplaced');
  const reason = h('input', { name: 'reason', type: 'text', autocomplete: 'off', placeholder: 'why' });
  const button = h('button', { type: 'submit', class: 'btn' }, 'Apply');
  const error = errorBox('matching-controls-error');
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'matching-controls', novalidate: true },
    field('Action', action),
    targetField,
    placesField,
    field('Reason', reason),
    button,
    error.el,
  );
  let current: Case | null = null;

  const sync = () => {
    const a = action.value as Action;
    const c = current;
    targetField.hidden = a === 'pause' || a === 'resume';
    placesField.hidden = a !== 'accept';
    if (!c) return;
    const options =
      a === 'ask'
        ? [...harbours.get().values()]
            .filter((hb) => hb.kind === 'port' && !c.dockingRequests.some((r) => r.harbourId === hb.id))
            .sort((x, y) => x.name.localeCompare(y.name))
            .map((hb) => [hb.id, hb.name] as const)
        : c.dockingRequests.filter((r) => r.status === 'pending').map((r) => [r.id, r.harbourName] as const);
    const keep = target.value;
    replaceChildren(target, ...options.map(([value, label]) => h('option', { value }, label)));
    if (options.some(([v]) => v === keep)) target.value = keep;
  };
  action.addEventListener('change', sync);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = action.value as Action;
    const why = reason.value.trim();
    if (a !== 'resume' && why.length < 2) {
      error.show('Reason: say why (the timeline records who did this and why).');
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    void runCaseAction({ form, button, busyText: 'Applying…', error }, async () => {
      if (a === 'accept' || a === 'decline') {
        const n = places.value ? Number(places.value) : undefined;
        await answerDockingRequest(target.value, { answer: a, note: why, ...(n ? { places: n } : {}) });
        return getCase(caseId);
      }
      if (a === 'pause') return steerMatching(caseId, { action: a, reason: why });
      if (a === 'resume') return steerMatching(caseId, { action: a, ...(why ? { reason: why } : {}) });
      if (a === 'skip') return steerMatching(caseId, { action: a, requestId: target.value, reason: why });
      return steerMatching(caseId, { action: 'ask', harbourId: target.value, reason: why });
    }).then((ok) => {
      if (ok) reason.value = '';
    });
  });

  const el = h('div', { class: 'matching-controls' }, h('h4', {}, 'Steer matching (supervisor)'), form);
  return {
    el,
    update(c) {
      current = c;
      // Nothing to steer once the case is closed or everyone has a port.
      el.hidden = c.status !== 'open' || c.matching.state === 'placed';
      // Offer what makes sense next: resume a paused search, pause a running one.
      if (c.matching.state === 'paused' && action.value === 'pause') action.value = 'resume';
      if (c.matching.state !== 'paused' && action.value === 'resume') action.value = 'pause';
      sync();
    },
  };
}
