import type { AuthorityContactInput, Case, TimelineEntry } from '../../../../shared/domain/case';
import { logAuthorityContact } from '../../api/cases';
import { errorBox, field, h, replaceChildren, uid } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { refuse, runCaseAction, type ActionUi } from './action';
import { section, select, table, type Part } from './detail-parts';
import { CHANNELS, CONTACT_OUTCOMES, NON_ASSISTANCE, contactOutcomeText } from './record-labels';

/**
 * The authority contact log: every attempt to reach a rescue centre, answered or not, so that
 * non-assistance is documented. A small form (the case's rescue centres suggested) and the past
 * attempts from the timeline, with UNREACHABLE, NO ANSWER and REFUSED standing out.
 */
export function renderContactLog(caseId: string): Part {
  const listId = uid('authorities');
  const suggestions = h('datalist', { id: listId });
  const authority = h('input', {
    name: 'authority',
    type: 'text',
    autocomplete: 'off',
    list: listId,
    placeholder: 'e.g. RCC Malta',
  });
  const channel = select('channel', CHANNELS);
  const outcome = select('outcome', CONTACT_OUTCOMES, '— how did it go? —');
  const referredTo = h('input', { name: 'referredTo', type: 'text', autocomplete: 'off' });
  const referredField = field('Referred to', referredTo);
  const notes = h('input', {
    name: 'notes',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'name of the officer, number dialled…',
  });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Log contact');
  const error = errorBox('contact-error');
  const form = h(
    'form',
    { class: 'contact-form', 'data-testid': 'contact-form', novalidate: true },
    h('div', { class: 'pair' }, field('Authority', authority), field('Channel', channel)),
    h('div', { class: 'pair' }, field('Outcome', outcome), referredField),
    field('Notes', notes),
    suggestions,
    button,
    error.el,
  );
  const ui: ActionUi = { form, button, busyText: 'Logging…', error };
  const showReferred = () => {
    referredField.hidden = outcome.value !== 'referred';
  };
  outcome.addEventListener('change', showReferred);
  showReferred();

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (authority.value.trim().length < 2) {
      refuse(ui, authority, 'Name the rescue centre or authority you tried to reach.');
      return;
    }
    if (!outcome.value) {
      refuse(ui, outcome, 'Choose how the attempt went.');
      return;
    }
    const referred = outcome.value === 'referred';
    if (referred && !referredTo.value.trim()) {
      refuse(ui, referredTo, 'Say whom they referred you to.');
      return;
    }
    const contact: AuthorityContactInput = {
      authority: authority.value.trim(),
      channel: channel.value as AuthorityContactInput['channel'],
      outcome: outcome.value as AuthorityContactInput['outcome'],
      referredTo: referred ? referredTo.value.trim() : undefined,
      notes: notes.value.trim() || undefined,
    };
    void runCaseAction(ui, () => logAuthorityContact(caseId, contact)).then((ok) => {
      if (!ok) return;
      form.reset();
      showReferred();
      authority.focus();
    });
  });

  const list = h('div', { 'data-testid': 'contact-log' });
  return {
    el: section('Authority contacts', 'contacts', form, list),
    update(c) {
      const contacts = c.timeline.filter((e) => e.type === 'authority-contact');
      const names = new Set([
        ...c.srr.map((s) => s.rcc),
        ...contacts.map((e) => str(e.data.authority)).filter(Boolean),
      ]);
      replaceChildren(
        suggestions,
        [...names].map((n) => h('option', { value: n })),
      );
      replaceChildren(
        list,
        contacts.length
          ? table(
              ['Time (UTC)', 'Authority', 'Outcome', 'Notes'],
              [...contacts].reverse().map(contactRow),
              'contact-list',
            )
          : h('p', { class: 'muted', 'data-testid': 'contact-list-empty' }, 'No authority contacted yet.'),
      );
    },
  };
}

function contactRow(e: TimelineEntry): HTMLElement {
  const outcome = str(e.data.outcome);
  const bad = NON_ASSISTANCE.has(outcome);
  return h(
    'tr',
    { class: bad ? 'contact-bad' : undefined, 'data-testid': 'contact-row', dataset: { outcome } },
    h('td', { class: 'mono' }, formatUtc(e.at)),
    h(
      'td',
      {},
      h('strong', {}, str(e.data.authority) || e.summary),
      h('div', { class: 'muted' }, `by ${str(e.data.channel)}`),
    ),
    h(
      'td',
      {},
      h('span', { class: `badge contact-${outcome || 'unknown'}` }, contactOutcomeText(outcome)),
      e.data.referredTo ? h('div', {}, `to ${str(e.data.referredTo)}`) : null,
    ),
    h('td', {}, str(e.data.notes), h('div', { class: 'muted' }, `logged by ${e.actor}`)),
  );
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
