import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// The case manager's record: case codes, people by group, nationalities, boat, landing, outcome.
let sys: TestSystem;
let op: ApiClient;
beforeAll(async () => {
  sys = await startSystem({ worker: false, env: { CASE_CODE_PREFIX: 'AP' } });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
});
afterAll(async () => {
  await sys.close();
});

let n = 0;
const call = async (extra: Record<string, unknown> = {}) => {
  n += 1;
  const res = await op.request('POST', '/api/calls', {
    callerNumber: `+8816 3000 ${String(n).padStart(4, '0')}`,
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.case as { id: string; code: string };
};

describe('case codes', () => {
  it('are minted per hotline prefix and year, in sequence, and find their case', async () => {
    const year = new Date().getUTCFullYear();
    const a = await call();
    const b = await call();
    expect(a.code).toMatch(new RegExp(`^AP\\d{4}-${year}$`));
    expect(Number(b.code.slice(2, 6))).toBe(Number(a.code.slice(2, 6)) + 1);
    const last = await call({ receivedAt: '2023-12-31T23:59:00Z' });
    expect(last.code).toBe('AP0001-2023');

    const found = await op.request('GET', `/api/cases?q=${a.code.toLowerCase()}`);
    expect(found.body.cases.map((c: { id: string }) => c.id)).toEqual([a.id]);
    expect((await op.request('GET', `/api/cases?q=${a.id}`)).body.cases[0].code).toBe(a.code);
    expect((await op.request('GET', '/api/cases?q=AP9999-2001')).body.cases).toEqual([]);
    expect((await op.request('GET', '/api/cases?q=nonsense')).body.cases).toEqual([]);
  });

  it('a call that joins an open case does not use up a code', async () => {
    const a = await call();
    const callerNumber = `+8816 3000 ${String(n).padStart(4, '0')}`;
    const joined = await op.request('POST', '/api/calls', { callerNumber });
    expect(joined.body.joined).toBe(true);
    const next = await call();
    expect(Number(next.code.slice(2, 6))).toBe(Number(a.code.slice(2, 6)) + 1);
  });
});

describe('the record of people and boat', () => {
  it('keeps people, nationalities, boat, departure, rescuer and landing; the timeline says old -> new', async () => {
    const c = await call({ personsOnBoard: 30, boat: { type: 'rubber', colour: 'grey' } });
    const res = await op.request('PATCH', `/api/cases/${c.id}`, {
      personsOnBoard: 32,
      men: 20,
      women: 8,
      children: 4,
      medical: 1,
      dead: 0,
      missing: 1,
      nationalities: [
        { country: 'Eritrea', count: 20 },
        { country: 'Sudan', count: null },
      ],
      boat: { type: 'rubber', colour: 'grey', engineStatus: 'not_working', engineCount: 1, waterEntering: true },
      departure: { place: 'Sabratha', at: '2026-11-27T22:00:00Z' },
      reason: 'second call',
    });
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({
      personsOnBoard: 32,
      men: 20,
      dead: 0,
      missing: 1,
      nationalities: [
        { country: 'Eritrea', count: 20 },
        { country: 'Sudan', count: null },
      ],
      boat: { type: 'rubber', engineStatus: 'not_working', engineCount: 1 },
    });
    const entry = res.body.case.timeline.at(-1);
    expect(entry).toMatchObject({ type: 'details', actor: 'operator' });
    expect(entry.summary).toContain('persons on board 30 -> 32');
    expect(entry.summary).toContain('engine (none) -> not_working');
    expect(entry.summary).toContain('(second call)');
    expect(entry.data.changes).toEqual(
      expect.arrayContaining([
        { field: 'personsOnBoard', from: 30, to: 32 },
        { field: 'boat.engineCount', from: null, to: 1 },
        { field: 'nationalities', from: null, to: 'Eritrea 20, Sudan' },
      ]),
    );
    // Colour and type did not change, so the record does not say they did.
    expect(entry.data.changes.some((ch: { field: string }) => ch.field === 'boat.colour')).toBe(false);

    const closed = await op.request('PATCH', `/api/cases/${c.id}`, {
      status: 'closed',
      outcome: 'intercepted_libya',
      rescuedBy: 'Libyan coast guard',
      disembarkation: { place: 'Tripoli' },
    });
    expect(closed.body.case).toMatchObject({
      status: 'closed',
      outcome: 'intercepted_libya',
      rescuedBy: 'Libyan coast guard',
      disembarkation: { place: 'Tripoli' },
    });
    const sitrep = await op.request('GET', `/api/cases/${c.id}/sitrep`);
    expect(sitrep.body).toContain(`SAR SITREP ${c.code}`);
    expect(sitrep.body).toContain(
      'D. NUMBER OF PERSONS: 32 (20 MEN, 8 WOMEN, 4 MINORS, 1 MEDICAL CASES, 0 DEAD, 1 MISSING)',
    );
    expect(sitrep.body).toContain('NATIONALITIES: ERITREA 20, SUDAN');
    expect(sitrep.body).toContain(
      'INTERCEPTED BY THE LIBYAN COAST GUARD, BY Libyan coast guard, DISEMBARKED AT Tripoli',
    );
  });

  it('a change that changes nothing is refused, and bad values are 400s naming the field', async () => {
    const c = await call({ personsOnBoard: 10 });
    const same = await op.request('PATCH', `/api/cases/${c.id}`, { personsOnBoard: 10 });
    expect(same).toMatchObject({ status: 400, body: { error: 'no_change' } });
    const bad = [
      [{ boat: { type: 'submarine' } }, 'boat.type'],
      [{ boat: { engineCount: -1 } }, 'boat.engineCount'],
      [{ men: 1.5 }, 'men'],
      [
        {
          nationalities: [
            { country: 'Mali', count: 3 },
            { country: 'mali', count: 1 },
          ],
        },
        'nationalities',
      ],
      [{ nationalities: [{ country: '', count: 3 }] }, 'nationalities'],
      [{ outcome: 'sunk' }, 'outcome'],
      [{ rescuedBy: 'x'.repeat(201) }, 'rescuedBy'],
    ] as const;
    for (const [body, field] of bad) {
      const res = await op.request('PATCH', `/api/cases/${c.id}`, body);
      expect({ body, status: res.status, message: res.body.message }).toEqual({
        body,
        status: 400,
        message: expect.stringContaining(field),
      });
    }
  });

  it('every authority tried is listed once, with its newest attempt', async () => {
    const c = await call();
    const contact = (authority: string, outcome: string, at: string) =>
      op.request('POST', `/api/cases/${c.id}/contacts`, { authority, channel: 'phone', outcome, at });
    await contact('RCC Malta', 'no_answer', '2026-11-28T06:00:00Z');
    await contact('IMRCC Rome', 'acknowledged', '2026-11-28T06:05:00Z');
    const last = await contact('RCC Malta', 'refused', '2026-11-28T06:10:00Z');
    expect(last.body.case.authoritiesAlerted).toEqual([
      { authority: 'RCC Malta', at: '2026-11-28T06:10:00.000Z', outcome: 'refused' },
      { authority: 'IMRCC Rome', at: '2026-11-28T06:05:00.000Z', outcome: 'acknowledged' },
    ]);
  });
});
