import type { Case, TimelineEntry } from '../../../../shared/domain/case';
import { h, replaceChildren } from '../../ui/dom';
import { formatUtc } from '../../ui/format';
import { section, type Part } from './detail-parts';
import { NON_ASSISTANCE } from './record-labels';

/** Entry types an operator must not miss: shown highlighted with their type spelled out. */
const ALERT_TYPES: Record<string, string> = {
  geofence: 'REGION CHANGE',
  escalation: 'ESCALATION',
};

/** The case's timeline, newest first; region changes, escalations and unanswered contacts stand out. */
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
  return h(
    'li',
    { class: cls, dataset: { type: t.type } },
    h('span', { class: 'mono when' }, formatUtc(t.at)),
    h('span', { class: 'who' }, t.actor),
    h('span', { class: 'what' }, tag ? h('span', { class: 'tl-tag' }, tag) : null, tag ? ' ' : null, t.summary),
  );
}
