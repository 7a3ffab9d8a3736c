import type { Case } from '../../../../shared/domain/case';
import type { DockingRequest } from '../../../../shared/domain/docking-request';
import type { Fix } from '../../../../shared/domain/position';
import { vessels } from '../../state/vessels';
import { h } from '../../ui/dom';
import { fixWarnings, formatCount, formatDecimal, formatLatLon, hasFix } from '../../ui/format';

/** A case as people name it: its hotline code first, the internal id beside it. */
export function caseName(c: Pick<Case, 'id' | 'code'>): string {
  return c.code ? `${c.code} (${c.id})` : `Case ${c.id}`;
}

/** The IAMSAR phase as a coloured badge. */
export function phaseBadge(c: Case): HTMLElement {
  return h(
    'span',
    { class: `badge phase-${c.phase}`, 'data-testid': 'phase-badge', title: 'IAMSAR emergency phase' },
    c.phase,
  );
}

/** "42 POB (30 men, 3 women, 5 minors, 1 medical, 2 dead, 1 missing)". */
export function peopleSummary(
  c: Pick<Case, 'personsOnBoard' | 'women' | 'children' | 'medical'> & Partial<Pick<Case, 'men' | 'dead' | 'missing'>>,
): string {
  const groups: [number | null | undefined, string][] = [
    [c.men, 'men'],
    [c.women, 'women'],
    [c.children, 'minors'],
    [c.medical, 'medical'],
    [c.dead, 'dead'],
    [c.missing, 'missing'],
  ];
  const extra = groups.filter(([n]) => n !== null && n !== undefined).map(([n, label]) => `${n} ${label}`);
  return `${formatCount(c.personsOnBoard)} POB${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** A fix as raw text and parsed position, with a visible warning when it needs attention. */
export function fixSummary(f: Fix | undefined): HTMLElement {
  if (!f) return h('div', { class: 'fix muted', 'data-testid': 'position' }, 'No position yet');
  const warnings = fixWarnings(f);
  return h(
    'div',
    { class: 'fix', 'data-testid': 'position' },
    f.raw !== null
      ? h('div', { class: 'raw mono', 'data-testid': 'position-raw', title: 'As given' }, `“${f.raw}”`)
      : null,
    hasFix(f)
      ? h(
          'div',
          { class: 'parsed mono', 'data-testid': 'position-fix', title: formatDecimal(f.lat, f.lon) },
          formatLatLon(f.lat, f.lon),
          f.format ? h('span', { class: 'muted' }, ` · ${f.format}`) : null,
        )
      : null,
    warnings.length
      ? h('div', { class: 'warning', 'data-testid': 'position-warning', role: 'note' }, '⚠ ', warnings.join('; '))
      : null,
  );
}

const STATUS_ICONS: Record<DockingRequest['status'], string> = {
  pending: '…',
  accepted: '✓',
  declined: '✕',
  expired: '⌛',
  cancelled: '–',
};

/** One chip per docking request: harbour name and status. */
export function dockingChips(requests: DockingRequest[]): HTMLElement | null {
  if (!requests.length) return null;
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Docking requests' },
    requests.map((r) =>
      h(
        'li',
        {
          class: `chip docking-${r.status}`,
          'data-testid': 'docking-status',
          dataset: { requestId: r.id, harbourId: r.harbourId, status: r.status },
        },
        `${STATUS_ICONS[r.status]} ${r.harbourName}: ${r.status}` +
          `${r.status === 'accepted' && r.places !== null ? ` (${r.places} places)` : ''}`,
      ),
    ),
  );
}

/** The rescue vessel assigned last (the timeline's newest assignment) as a chip, or null. */
export function assignmentChip(c: Case): HTMLElement | null {
  const last = [...c.timeline].reverse().find((e) => e.type === 'assignment');
  if (!last) return null;
  const mmsi = String(last.data.mmsi ?? '');
  const name = vessels.get().get(mmsi)?.name;
  return h(
    'div',
    { class: 'chips' },
    h(
      'span',
      { class: 'chip assigned-chip', 'data-testid': 'assigned-vessel', dataset: { mmsi } },
      `⚓ ${name ?? `MMSI ${mmsi}`} assigned`,
    ),
  );
}
