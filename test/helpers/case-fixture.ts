import type { Case } from '../../shared/domain/case';

/** A case with every field of the current record, empty where nothing is known; `over` sets what a test needs. */
export function aCase(over: Partial<Case> = {}): Case {
  return {
    id: 'C-000001',
    code: null,
    status: 'open',
    outcome: null,
    phase: 'DETRESFA',
    callerNumber: '+8821612345678',
    positions: [],
    srr: [],
    estimate: null,
    personsOnBoard: null,
    men: null,
    women: null,
    children: null,
    medical: null,
    dead: null,
    missing: null,
    nationalities: [],
    boat: {},
    departure: {},
    rescuedBy: null,
    disembarkation: {},
    authoritiesAlerted: [],
    mergedInto: null,
    mergedFrom: [],
    splitFrom: null,
    notes: '',
    createdAt: '2026-11-28T06:00:00Z',
    updatedAt: '2026-11-28T06:00:00Z',
    dockingRequests: [],
    matching: { state: 'searching', unplaced: null, round: 0, nextDeadline: null },
    timeline: [],
    ...over,
  };
}
