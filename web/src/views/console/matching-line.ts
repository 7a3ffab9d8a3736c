import type { Case } from '../../../../shared/domain/case';
import type { MatchingState } from '../../../../shared/domain/matching';
import { h } from '../../ui/dom';
import { formatUtcShort } from '../../ui/format';

const WORDS: Record<MatchingState, string> = {
  searching: 'searching',
  waiting: 'waiting for answers',
  placed: 'everyone placed',
  exhausted: 'NO HARBOUR LEFT',
  paused: 'paused',
};

/**
 * Where the search for a port stands, above the docking requests: the state as a badge, then the
 * round, the persons still without a port and the next deadline.
 */
export function matchingLine(c: Case): HTMLElement {
  const m = c.matching;
  const facts = [
    m.round ? `round ${m.round}` : 'no request yet',
    m.unplaced === null ? 'number on board unknown' : m.unplaced > 0 ? `${m.unplaced} still need a port` : null,
    m.nextDeadline ? `next deadline ${formatUtcShort(m.nextDeadline)}` : null,
  ].filter(Boolean);
  return h(
    'p',
    {
      class: `matching matching-${m.state}`,
      'data-testid': 'matching-state',
      dataset: { state: m.state },
      role: m.state === 'exhausted' ? 'alert' : undefined,
    },
    h('span', { class: 'badge' }, WORDS[m.state]),
    ` ${facts.join(' · ')}`,
  );
}
