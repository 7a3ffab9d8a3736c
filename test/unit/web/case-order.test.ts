import type { Case } from '../../../shared/domain/case';
import { byUrgency, lastContactAt, orderCases } from '../../../web/src/state/case-order';
import { aCase } from '../../helpers/case-fixture';

const call = (at: string) =>
  ({ id: `${Date.parse(at)}-0`, at, type: 'call', actor: 'op', summary: 'call', data: {} }) as Case['timeline'][number];

test('most urgent first: open, distress before alert, then the longest silence, then most unplaced', () => {
  const closed = aCase({ id: 'C-000001', status: 'closed', phase: 'DETRESFA' });
  const alert = aCase({ id: 'C-000002', phase: 'ALERFA', createdAt: '2026-11-28T01:00:00Z' });
  const heardRecently = aCase({ id: 'C-000003', timeline: [call('2026-11-28T06:50:00Z')] });
  const silentLong = aCase({ id: 'C-000004', timeline: [call('2026-11-28T06:10:00Z')] });
  const silentLongMore = aCase({
    id: 'C-000005',
    timeline: [call('2026-11-28T06:10:00Z')],
    matching: { state: 'waiting', unplaced: 60, round: 1, nextDeadline: null },
  });
  const order = orderCases([closed, alert, heardRecently, silentLong, silentLongMore], 'urgent').map((c) => c.id);
  expect(order).toEqual(['C-000005', 'C-000004', 'C-000003', 'C-000002', 'C-000001']);
  expect(byUrgency(silentLong, silentLong)).toBe(0);
});

test('newest first is by when the case was opened', () => {
  const a = aCase({ id: 'C-000001', createdAt: '2026-11-28T01:00:00Z' });
  const b = aCase({ id: 'C-000002', createdAt: '2026-11-28T02:00:00Z' });
  expect(orderCases([a, b], 'newest').map((c) => c.id)).toEqual(['C-000002', 'C-000001']);
});

test("last contact is the newest call, message or caller's fix, never an operator's or the estimate", () => {
  const c = aCase({
    createdAt: '2026-11-28T05:00:00Z',
    timeline: [call('2026-11-28T05:30:00Z')],
    positions: [
      { lat: 34, lon: 12, raw: 'x', format: 'decimal', at: '2026-11-28T05:40:00Z', source: 'sms' },
      { lat: 34, lon: 12, raw: 'x', format: 'decimal', at: '2026-11-28T06:40:00Z', source: 'crew' },
    ] as Case['positions'],
  });
  expect(lastContactAt(c)).toBe('2026-11-28T05:40:00Z');
});
