import type { Case } from '../../../shared/domain/case';
import { changesSince, handoverText } from '../../../web/src/state/handover';
import { aCase } from '../../helpers/case-fixture';

const entry = (at: string, type: string, summary: string, actor = 'alice') =>
  ({ id: `${Date.parse(at)}-0`, at, type, actor, summary, data: {} }) as Case['timeline'][number];

const open = aCase({
  id: 'C-000002',
  code: 'HV0002-2026',
  personsOnBoard: 40,
  positions: [
    { lat: 34.5, lon: 12.25, raw: 'x', format: 'ddm', at: '2026-11-28T05:00:00Z', source: 'caller' },
  ] as never,
  timeline: [
    entry('2026-11-28T01:00:00Z', 'call', 'call logged'),
    entry('2026-11-28T05:00:00Z', 'position', 'position 34-30N'),
    entry('2026-11-28T05:01:00Z', 'seen', 'seen by bob'),
  ],
  matching: { state: 'waiting', unplaced: 40, round: 1, nextDeadline: null },
});
open.dockingRequests = [
  {
    ...({} as Case['dockingRequests'][number]),
    id: 'D-000002-lampedusa',
    harbourName: 'Lampedusa',
    status: 'pending',
    deadline: '2026-11-28T07:30:00Z',
  },
];
const closed = aCase({
  id: 'C-000001',
  status: 'closed',
  timeline: [entry('2026-11-28T06:00:00Z', 'status', 'closed: rescued by an NGO ship', 'carol')],
});

test('the handover lists open cases, the changes since the time asked (not bookkeeping), and what waits', () => {
  const text = handoverText([open, closed], '2026-11-28T04:00:00Z', new Date('2026-11-28T07:00:00Z'), { toRelay: 2 });
  expect(text).toContain('HANDOVER 2026-11-28 07:00Z — changes since 2026-11-28 04:00Z');
  expect(text).toContain('OPEN CASES (1)');
  expect(text).toContain('- HV0002-2026 (C-000002) DETRESFA, 40 POB, matching waiting, 40 without a port');
  expect(text).toContain('last fix 34-30.0N 012-15.0E at 2026-11-28 05:00Z (caller)');
  expect(text).toContain('  2026-11-28 05:00Z alice: position 34-30N');
  expect(text).not.toContain('call logged');
  expect(text).not.toContain('seen by bob');
  expect(text).toContain('C-000001 (closed):\n  2026-11-28 06:00Z carol: closed: rescued by an NGO ship');
  expect(text).toContain('- Lampedusa for HV0002-2026 (C-000002), deadline 2026-11-28 07:30Z');
  expect(text).toContain('OUTBOX: 2 message(s) still to relay by hand.');
});

test('nothing changed since the time asked: the handover says none', () => {
  expect(changesSince(open, '2026-11-28T06:00:00Z')).toEqual([]);
  const text = handoverText([], '2026-11-28T06:00:00Z', new Date('2026-11-28T07:00:00Z'));
  expect(text).toContain('OPEN CASES (0), most urgent first:\n- none');
  expect(text).toContain('CHANGES:\n- none');
});
