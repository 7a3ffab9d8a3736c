import type { Case } from '../../../../shared/domain/case';
import { h, replaceChildren } from '../../ui/dom';
import { formatAge, formatDecimal, formatLatLon, formatUtc, formatUtcShort, latestFix } from '../../ui/format';
import { dockingChips, fixSummary, peopleSummary, phaseBadge } from '../console/case-summary';
import { fact } from '../console/detail-parts';
import { boatSummary } from '../console/record-labels';

/**
 * The assigned case as a crew sees it: phase, people, the boat to look for, the newest fix (as
 * given and parsed) and its age, the estimate once it has aged, regions, the harbour that accepted.
 * The server sends no caller number or operator notes, and this view has no place for them.
 */
export function renderCrewCase(el: HTMLElement, c: Case | undefined): void {
  const title = h('h2', { id: 'crew-case-title' }, 'Assigned case');
  if (!c) {
    replaceChildren(
      el,
      title,
      h('p', { class: 'muted', 'data-testid': 'crew-unassigned' }, 'Your vessel is not assigned to a case right now.'),
    );
    return;
  }
  const fix = latestFix(c.positions);
  const boat = boatSummary(c.boat);
  replaceChildren(
    el,
    title,
    h(
      'article',
      {
        class: `case-row phase-${c.phase} status-${c.status}`,
        'data-testid': 'crew-case-card',
        dataset: { caseId: c.id, status: c.status },
      },
      h(
        'div',
        { class: 'row-head' },
        phaseBadge(c),
        h('strong', {}, `Case ${c.id}`),
        c.status === 'closed' ? h('span', { class: 'badge closed' }, 'closed') : null,
      ),
      h('div', { class: 'pob', 'data-testid': 'pob' }, peopleSummary(c)),
      fixSummary(fix),
      fix
        ? h(
            'div',
            { class: 'muted', 'data-testid': 'crew-fix-age' },
            `Reported ${formatUtc(fix.at)} (${formatAge(fix.at)}) by ${fix.source}`,
          )
        : null,
      c.estimate
        ? h(
            'div',
            { class: 'estimate-box', 'data-testid': 'estimate', role: 'note' },
            h(
              'div',
              { class: 'estimate-title' },
              h('span', { class: 'badge estimate' }, 'ESTIMATE'),
              ' dead-reckoned — not a fix',
            ),
            h(
              'div',
              { class: 'mono', title: formatDecimal(c.estimate.lat, c.estimate.lon) },
              formatLatLon(c.estimate.lat, c.estimate.lon),
              ` ± ${c.estimate.radiusNm.toFixed(1)} nm`,
            ),
            h('div', { class: 'muted' }, `for ${formatUtcShort(c.estimate.at)}`),
          )
        : null,
      h(
        'dl',
        { class: 'facts' },
        fact('Boat', boat),
        fact(
          'Water entering',
          c.boat.waterEntering === undefined ? 'unknown' : c.boat.waterEntering ? 'YES' : 'no',
          c.boat.waterEntering === true,
        ),
        fact('Region', c.srr.length ? c.srr.map((s) => `${s.code} (${s.rcc})`).join(', ') : '—'),
      ),
      dockingChips(c.dockingRequests),
    ),
  );
}
