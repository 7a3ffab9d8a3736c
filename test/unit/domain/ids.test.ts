import fc from 'fast-check';
import {
  callId,
  caseCode,
  parseCaseCode,
  canonicalRequestId,
  caseId,
  deadlineJobId,
  dockingRequestId,
  estimateJobId,
  isUserId,
  matchJobId,
  newUserId,
  notificationId,
  parseCallId,
  parseCaseId,
  parseDockingRequestId,
  parseNotificationId,
  parseRelocationRequestId,
  relocationRequestId,
} from '../../../shared/domain/ids';

const seq = fc.integer({ min: 1, max: 999_999_999 });
const harbourId = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);

describe('ids: each family is minted and read back in one place', () => {
  it('case and call ids round-trip through their parsers', () => {
    fc.assert(fc.property(seq, (n) => parseCaseId(caseId(n)) === n && parseCallId(callId(n)) === n));
    expect(caseId(42)).toBe('C-000042');
    expect(callId(7)).toBe('K-000007');
  });

  it('docking and relocation request ids round-trip, and never read as each other', () => {
    fc.assert(
      fc.property(seq, harbourId, (n, h) => {
        const ref = { caseId: caseId(n), harbourId: h };
        expect(parseDockingRequestId(dockingRequestId(ref))).toEqual(ref);
        expect(parseRelocationRequestId(relocationRequestId(ref))).toEqual(ref);
        expect(parseRelocationRequestId(dockingRequestId(ref))).toBeNull();
        expect(parseDockingRequestId(relocationRequestId(ref))).toBeNull();
      }),
    );
    expect(dockingRequestId({ caseId: 'C-000042', harbourId: 'lampedusa' })).toBe('D-000042-lampedusa');
  });

  it('a request id typed by a person in any letter case reads as the canonical one', () => {
    expect(canonicalRequestId('d-000042-LAMPEDUSA')).toBe('D-000042-lampedusa');
    expect(canonicalRequestId('r-000042-berlin')).toBe('R-000042-berlin');
  });

  it.each(['', 'C-42', 'C-00004x', 'D-000042', 'D-000042-', 'D-000042--x', 'X-000042-a', 'D-000042-a_b', 'C-000001 '])(
    '%j is not an id of any family',
    (text) => {
      expect(parseCaseId(text)).toBeNull();
      expect(parseDockingRequestId(text)).toBeNull();
      expect(canonicalRequestId(text)).toBeNull();
    },
  );

  it('a case id that is not one cannot mint a request id', () => {
    expect(() => dockingRequestId({ caseId: 'nope', harbourId: 'a' })).toThrow(/not a case id/);
  });

  it('notification ids round-trip and are the notify job ids', () => {
    const ref = fc.record({
      requestId: fc.oneof(
        harbourId.map((h) => dockingRequestId({ caseId: 'C-000001', harbourId: h })),
        fc.constant('D-000001-a.b'),
      ),
      contactIndex: fc.integer({ min: 0, max: 999 }),
      channel: fc.constantFrom('sms' as const, 'voice' as const),
      kind: fc.constantFrom('request' as const, 'withdrawn' as const),
    });
    fc.assert(fc.property(ref, (r) => expect(parseNotificationId(notificationId(r))).toEqual(r)));
    expect(notificationId({ requestId: 'D-000001-lampedusa', contactIndex: 0, channel: 'sms', kind: 'request' })).toBe(
      'notify.D-000001-lampedusa.0.sms',
    );
    expect(parseNotificationId('notify.D-1.x.sms')).toBeNull();
    expect(parseNotificationId('deadline.D-000001-a')).toBeNull();
  });

  it('job ids hold no colon (BullMQ reserves it)', () => {
    const ids = [matchJobId('C-000001', 'new'), deadlineJobId('D-000001-a'), estimateJobId('C-000001', 3, Date.now())];
    for (const id of ids) expect(id).not.toContain(':');
  });

  it('user ids are fresh UUIDs that read back as user ids, and nothing else does', () => {
    const a = newUserId();
    expect(isUserId(a)).toBe(true);
    expect(newUserId()).not.toBe(a);
    for (const bad of ['', 'C-000001', `${a}x`, a.toUpperCase().replace(/[a-f]/g, 'g')])
      expect(isUserId(bad)).toBe(false);
  });
});

describe('case codes', () => {
  it('read as prefix, four-digit sequence and year, and parse back in any letter case', () => {
    expect(caseCode('AP', 1, 2024)).toBe('AP0001-2024');
    expect(caseCode('HV', 12345, 2026)).toBe('HV12345-2026');
    expect(parseCaseCode('AP0001-2024')).toEqual({ prefix: 'AP', seq: 1, year: 2024 });
    expect(parseCaseCode(' ap0042-2025 ')).toEqual({ prefix: 'AP', seq: 42, year: 2025 });
    for (const n of [1, 9, 10, 999, 9999, 10000, 123456]) {
      const p = parseCaseCode(caseCode('SOS', n, 2030))!;
      expect(caseCode(p.prefix, p.seq, p.year)).toBe(caseCode('SOS', n, 2030));
    }
  });

  it('refuse what is not one', () => {
    for (const bad of ['AP1-2024', 'AP0000-2024', 'A P0001-2024', 'AP0001-24', 'C-000001', '0001-2024', ''])
      expect(parseCaseCode(bad)).toBeNull();
    expect(() => caseCode('ap', 1, 2024)).toThrow();
    expect(() => caseCode('AP', 0, 2024)).toThrow();
  });
});
