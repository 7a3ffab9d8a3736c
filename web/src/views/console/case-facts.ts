import { countsProblem } from '../../../../shared/domain/case';
import { h, replaceChildren } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { fact, section, type Part } from './detail-parts';
import { peopleSummary } from './case-summary';
import { contactOutcomeText, NON_ASSISTANCE, boatSummary } from './record-labels';
import { renderRecordForm } from './record-form';

/**
 * The case record as recorded: people by group and nationality, boat, departure, authorities
 * alerted, who rescued and where the people landed, with the editor under a disclosure.
 */
export function renderCaseFacts(caseId: string): Part {
  const facts = h('dl', { class: 'facts', 'data-testid': 'case-facts' });
  const editor = renderRecordForm(caseId);
  return {
    el: section(
      'People and boat',
      'case-facts-section',
      facts,
      h(
        'details',
        { class: 'edit-details' },
        h('summary', {}, 'Edit people, boat, departure and landing'),
        editor.form,
      ),
    ),
    update(c) {
      const problem = countsProblem(c);
      const when = (d: { place?: string; at?: string }) => [d.place, d.at].filter(Boolean).join(', ') || '—';
      replaceChildren(
        facts,
        fact('Case code', c.code ?? '—'),
        fact('On board', [peopleSummary(c), problem ? h('div', { class: 'warning' }, `⚠ ${problem}`) : null]),
        fact(
          'Nationalities',
          c.nationalities.map((n) => (n.count === null ? n.country : `${n.country} ${n.count}`)).join(', ') || '—',
        ),
        fact('Caller', c.callerNumber ?? 'unknown'),
        fact('Boat', boatSummary(c.boat)),
        fact(
          'Water entering',
          c.boat.waterEntering === undefined ? 'unknown' : c.boat.waterEntering ? 'YES' : 'no',
          c.boat.waterEntering === true,
        ),
        fact('Departure', when(c.departure)),
        fact(
          'Authorities alerted',
          c.authoritiesAlerted.length
            ? h(
                'ul',
                { class: 'plain', 'data-testid': 'authorities-alerted' },
                c.authoritiesAlerted.map((a) =>
                  h(
                    'li',
                    { class: NON_ASSISTANCE.has(a.outcome) ? 'warning' : undefined },
                    `${a.authority}: ${contactOutcomeText(a.outcome)} (${formatUtc(a.at)})`,
                  ),
                ),
              )
            : 'none yet',
        ),
        fact('Rescued or intercepted by', c.rescuedBy ?? '—'),
        fact('Disembarkation', when(c.disembarkation)),
        fact('Notes', c.notes || '—'),
      );
      editor.update(c);
    },
  };
}
