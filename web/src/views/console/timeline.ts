import type { Case, TimelineEntry } from '../../../../shared/domain/case';
import type { FieldChange } from '../../../../shared/domain/timeline';
import { h, replaceChildren } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { section, type Part } from './detail-parts';
import { BOAT_TYPES, ENGINE_STATES, FIELD_LABELS, NON_ASSISTANCE, OUTCOMES, PHASES } from './record-labels';

/** Entry types an operator must not miss: shown highlighted with their type spelled out. */
const ALERT_TYPES: Partial<Record<TimelineEntry['type'], string>> = {
  geofence: 'REGION CHANGE',
  escalation: 'ESCALATION',
};

/** A recorded time this far from the time an entry names is shown beside it (a backdated call, a late report). */
const RECORDED_APART_MS = 60_000;

/** When the server wrote an entry: the Redis stream id starts with that millisecond. */
export function recordedAt(e: Pick<TimelineEntry, 'id'>): number | null {
  const ms = Number(e.id.split('-')[0]);
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

const VALUE_WORDS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'boat.type': BOAT_TYPES,
  'boat.engineStatus': ENGINE_STATES,
  outcome: OUTCOMES,
  phase: PHASES,
};

function valueText(field: string, v: FieldChange['from']): string {
  if (v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return VALUE_WORDS[field]?.find(([k]) => k === v)?.[1] ?? String(v);
}

/** The fields a change touched, old → new, in the console's words. */
function changeList(changes: FieldChange[]): HTMLElement {
  return h(
    'ul',
    { class: 'tl-changes', 'data-testid': 'tl-changes' },
    changes.map((c) =>
      h(
        'li',
        { dataset: { field: c.field } },
        `${FIELD_LABELS[c.field] ?? c.field}: `,
        h('span', { class: 'tl-old' }, valueText(c.field, c.from)),
        ' → ',
        h('span', { class: 'tl-new' }, valueText(c.field, c.to)),
      ),
    ),
  );
}

/**
 * The case's timeline, newest first: when each thing happened (and when it was recorded, when that
 * differs), by whom, and what changed field by field. Region changes, escalations and unanswered
 * contacts stand out.
 */
export function renderTimeline(): Part {
  const body = h('div', {});
  return {
    el: section('Timeline (newest first)', 'timeline-section', body),
    update(c: Case) {
      replaceChildren(
        body,
        c.timeline.length
          ? h(
              'ol',
              { class: 'timeline', 'data-testid': 'timeline', reversed: true },
              [...c.timeline].reverse().map(entry),
            )
          : h('p', { class: 'muted' }, 'Nothing recorded yet.'),
      );
    },
  };
}

function entry(t: TimelineEntry): HTMLElement {
  const tag = ALERT_TYPES[t.type];
  const unanswered = t.type === 'authority-contact' && NON_ASSISTANCE.has(String(t.data.outcome));
  const cls = tag ? `tl-alert tl-${t.type}` : unanswered ? 'tl-unanswered' : undefined;
  const recorded = recordedAt(t);
  const apart = recorded !== null && Math.abs(recorded - Date.parse(t.at)) > RECORDED_APART_MS;
  const changes = 'changes' in t.data && Array.isArray(t.data.changes) ? (t.data.changes as FieldChange[]) : null;
  const reason = 'reason' in t.data && typeof t.data.reason === 'string' ? t.data.reason : null;
  return h(
    'li',
    { class: cls, dataset: { type: t.type, id: t.id } },
    h(
      'span',
      { class: 'mono when' },
      formatUtc(t.at),
      apart
        ? h('span', { class: 'muted recorded' }, ` (recorded ${formatUtc(new Date(recorded).toISOString())})`)
        : null,
    ),
    h('span', { class: 'who', title: 'by' }, t.actor),
    h(
      'span',
      { class: 'what' },
      tag ? h('span', { class: 'tl-tag' }, tag) : null,
      tag ? ' ' : null,
      changes?.length
        ? [changeList(changes), reason ? h('div', { class: 'muted' }, `Why: ${reason}`) : null]
        : t.summary,
    ),
  );
}
