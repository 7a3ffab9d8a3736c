import type { Case, Estimate } from '../../../../shared/domain/case';
import { h, replaceChildren } from '../../ui/dom';
import { formatAge, formatDecimal, formatLatLon, formatUtc, formatUtcShort, latestParsedFix } from '../../ui/format';
import { section, type Part } from './detail-parts';

/**
 * Where the case is placed: every search-and-rescue region containing the newest fix with its
 * rescue centre (overlapping claims list several), and the dead-reckoned estimate once the newest
 * fix has aged, always labelled ESTIMATE.
 */
export function renderCasePlace(): Part {
  const body = h('div', {});
  return {
    el: section('Search and rescue regions', 'case-place', body),
    update(c) {
      replaceChildren(
        body,
        c.srr.length
          ? h(
              'ul',
              { class: 'plain srr-list', 'data-testid': 'srr-list' },
              c.srr.map((s) =>
                h(
                  'li',
                  { dataset: { srrCode: s.code } },
                  h('strong', {}, s.code),
                  ` ${s.name} — rescue centre: `,
                  h('strong', { class: 'rcc' }, s.rcc),
                ),
              ),
            )
          : h(
              'p',
              { class: 'muted', 'data-testid': 'srr-list' },
              latestParsedFix(c.positions)
                ? 'Outside the known regions (Libyan, Maltese, Tunisian, Italian).'
                : 'Not placed in a region yet.',
            ),
        c.estimate ? estimateBox(c, c.estimate) : null,
      );
    },
  };
}

function estimateBox(c: Case, est: Estimate): HTMLElement {
  const last = latestParsedFix(c.positions);
  const motion =
    est.courseDeg === null
      ? 'no course known, the radius allows for unknown drift'
      : `${String(Math.round(est.courseDeg) % 360).padStart(3, '0')}° at ${est.speedKn.toFixed(1)} kn made good`;
  return h(
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
      { class: 'mono estimate-pos', title: formatDecimal(est.lat, est.lon) },
      formatLatLon(est.lat, est.lon),
      h('strong', { 'data-testid': 'estimate-radius' }, ` ± ${est.radiusNm.toFixed(1)} nm`),
    ),
    h(
      'div',
      { class: 'muted', 'data-testid': 'estimate-age' },
      `for ${formatUtcShort(est.at)} (${formatAge(est.at)})`,
      last ? ` · newest fix ${formatUtc(last.at)}, ${formatAge(last.at).replace(' ago', '')} old` : '',
    ),
    h('div', { class: 'muted' }, `from ${est.basedOn} fix${est.basedOn === 1 ? '' : 'es'}, ${motion}`),
  );
}
