import { attentionKey, describeAttention, kindOfKey } from '../../../shared/domain/attention';
import type { DockingRequest } from '../../../shared/domain/docking-request';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { attentionOf, DEADLINE_WARNING_MS, freshKeys, newestEntryId } from '../../../web/src/state/attention-rules';
import { aCase } from '../../helpers/case-fixture';

const NOW = Date.parse('2026-11-28T07:00:00Z');
let seq = 0;
function entry(type: TimelineEntry['type'], actor: string, data: Record<string, unknown> = {}): TimelineEntry {
  seq += 1;
  return {
    id: `${NOW - 100_000 + seq}-0`,
    at: new Date(NOW).toISOString(),
    type,
    actor,
    summary: type,
    data,
  } as TimelineEntry;
}
function request(id: string, deadlineInMs: number, status: DockingRequest['status'] = 'pending'): DockingRequest {
  return {
    id,
    caseId: 'C-000001',
    harbourId: 'lampedusa',
    harbourName: 'Lampedusa',
    rank: 1,
    status,
    personsOnBoard: 30,
    women: null,
    children: null,
    medical: null,
    approximateArea: '35N 12E',
    distanceNm: 40,
    etaHours: 5,
    deadline: new Date(NOW + deadlineInMs).toISOString(),
    createdAt: new Date(NOW - 3_600_000).toISOString(),
    answeredAt: null,
    places: null,
    note: null,
    answeredBy: null,
  };
}
const kinds = (items: { kind: string }[]) => items.map((i) => i.kind);

test('a case another operator logged is a new case; its later calls and texts are caller messages', () => {
  const c = aCase({ timeline: [entry('call', 'alice'), entry('call', 'alice'), entry('message', 'twilio')] });
  expect(kinds(attentionOf(c, NOW, 'bob'))).toEqual(['new-case', 'caller-message', 'caller-message']);
});

test('what the operator did themselves does not ask them to look', () => {
  const c = aCase({ timeline: [entry('call', 'bob'), entry('message', 'twilio')] });
  expect(kinds(attentionOf(c, NOW, 'bob'))).toEqual(['caller-message']);
});

test('region changes and escalations ask for attention; ordinary entries do not', () => {
  const c = aCase({
    timeline: [
      entry('details', 'alice'),
      entry('geofence', 'worker'),
      entry('escalation', 'worker'),
      entry('sitrep', 'x'),
    ],
  });
  expect(kinds(attentionOf(c, NOW, 'bob'))).toEqual(['geofence', 'escalation']);
});

test("someone's look clears everything up to the entry they saw, not what came after", () => {
  const call = entry('call', 'alice');
  const msg = entry('message', 'twilio');
  const seen = entry('seen', 'carol', { items: [attentionKey('new-case', call.id)], upTo: msg.id });
  const later = entry('message', 'twilio');
  const c = aCase({ timeline: [call, msg, seen, later] });
  const items = attentionOf(c, NOW, 'bob');
  expect(items.map((i) => i.key)).toEqual([attentionKey('caller-message', later.id)]);
});

test('an unanswered request asks for attention only near its deadline, and until someone saw it', () => {
  const near = request('D-000001-lampedusa', DEADLINE_WARNING_MS - 1000);
  const far = request('D-000001-palermo', DEADLINE_WARNING_MS + 60_000);
  const answered = request('D-000001-malta', 1000, 'declined');
  const c = aCase({ dockingRequests: [near, far, answered] });
  expect(attentionOf(c, NOW, 'bob').map((i) => i.key)).toEqual(['deadline:D-000001-lampedusa']);
  const looked = aCase({
    dockingRequests: [near, far, answered],
    timeline: [entry('seen', 'bob', { items: ['deadline:D-000001-lampedusa'], upTo: '1-0' })],
  });
  expect(attentionOf(looked, NOW, 'bob')).toEqual([]);
  // The far one comes due with time.
  expect(attentionOf(looked, NOW + 61_000, 'bob').map((i) => i.key)).toEqual(['deadline:D-000001-palermo']);
});

test('a closed case asks for nothing', () => {
  const c = aCase({ status: 'closed', timeline: [entry('message', 'twilio')] });
  expect(attentionOf(c, NOW, 'bob')).toEqual([]);
});

test('stream ids order numerically (a longer sequence is newer, not smaller)', () => {
  const a = { ...entry('call', 'alice'), id: '1700000000000-9' };
  const b = { ...entry('message', 'twilio'), id: '1700000000000-10' };
  const c = aCase({ timeline: [a, b, entry('seen', 'x', { items: [], upTo: a.id })] });
  expect(newestEntryId(c)).not.toBe(a.id);
  expect(attentionOf(c, NOW, 'bob').map((i) => i.key)).toEqual([attentionKey('caller-message', b.id)]);
});

test('fresh keys are what was not there before; keys read back as their kind and in words', () => {
  const items = attentionOf(aCase({ timeline: [entry('call', 'a'), entry('message', 't')] }), NOW, 'b');
  expect(freshKeys(new Set([items[0].key]), items)).toEqual([items[1].key]);
  expect(kindOfKey(items[1].key)).toBe('caller-message');
  expect(kindOfKey('bogus:1')).toBeNull();
  expect(describeAttention(['new-case:1-0', 'caller-message:2-0', 'caller-message:3-0'])).toBe(
    'new case, caller message ×2',
  );
});
