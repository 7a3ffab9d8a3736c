import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// SITREPs as evidence: numbered once each, kept as issued, listed again later; the GET only previews.
let sys: TestSystem;
let op: ApiClient;
beforeAll(async () => {
  sys = await startSystem({ worker: false });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
});
afterAll(async () => {
  await sys.close();
});

const newCase = async (number: string) => {
  const res = await op.request('POST', '/api/calls', {
    callerNumber: number,
    position: '34.6N 13.0E',
    personsOnBoard: 40,
  });
  return res.body.case as { id: string; code: string };
};

describe('SITREPs', () => {
  it('the GET previews the next number as a draft and records nothing', async () => {
    const c = await newCase('+8816 4000 0001');
    const preview = await op.request('GET', `/api/cases/${c.id}/sitrep`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('x-sitrep-number')).toBe('1');
    expect(preview.body).toContain('NR 1 (DRAFT, NOT ISSUED)');
    const again = await op.request('GET', `/api/cases/${c.id}/sitrep`);
    expect(again.headers.get('x-sitrep-number')).toBe('1');
    const got = await op.request('GET', `/api/cases/${c.id}`);
    expect(got.body.case.timeline.some((e: { type: string }) => e.type === 'sitrep')).toBe(false);
    expect((await op.request('GET', `/api/cases/${c.id}/sitreps`)).body.sitreps).toEqual([]);
  });

  it('issued at once by several operators, each SITREP gets its own number and keeps its own text', async () => {
    const c = await newCase('+8816 4000 0002');
    const issued = await Promise.all(
      Array.from({ length: 12 }, () => op.request('POST', `/api/cases/${c.id}/sitreps`)),
    );
    expect(issued.map((r) => r.status)).toEqual(Array(12).fill(201));
    const numbers = issued.map((r) => r.body.sitrep.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const r of issued) expect(r.body.sitrep.text).toContain(`NR ${r.body.sitrep.number}\n`);

    const list = (await op.request('GET', `/api/cases/${c.id}/sitreps`)).body.sitreps;
    expect(list.map((s: { number: number }) => s.number)).toEqual(numbers);
    expect(list[2]).toEqual(issued.find((r) => r.body.sitrep.number === 3)!.body.sitrep);
    expect(list[0]).toMatchObject({ issuedBy: 'operator', issuedAt: expect.any(String) });
    const timeline = (await op.request('GET', `/api/cases/${c.id}`)).body.case.timeline;
    const entries = timeline.filter((e: { type: string }) => e.type === 'sitrep');
    expect(
      entries.map((e: { data: { number: number } }) => e.data.number).sort((a: number, b: number) => a - b),
    ).toEqual(numbers);
    expect(entries[0]).toMatchObject({ actor: 'operator', summary: expect.stringMatching(/^SITREP \d+ issued$/) });
  });

  it('lists what was done as actions taken: authorities contacted and harbours asked', async () => {
    const c = await newCase('+8816 4000 0003');
    await op.request('POST', `/api/cases/${c.id}/contacts`, {
      authority: 'RCC Malta',
      channel: 'email',
      outcome: 'acknowledged',
      at: '2026-11-28T07:00:00Z',
    });
    const res = await op.request('POST', `/api/cases/${c.id}/sitreps`);
    expect(res.body.sitrep.text).toContain('J. ACTIONS TAKEN: 0700Z RCC Malta by email: acknowledged');
    expect(res.body.sitrep.text).not.toContain('NONE REPORTED\nM');
  });

  it('an unknown case is a 404, a crew may not issue', async () => {
    expect((await op.request('POST', '/api/cases/C-999999/sitreps')).status).toBe(404);
    expect((await op.request('GET', '/api/cases/C-999999/sitreps')).status).toBe(404);
    const crew = await new ApiClient(sys.baseUrl).login('crew', sys.users.crew.password);
    const c = await newCase('+8816 4000 0004');
    expect((await crew.request('POST', `/api/cases/${c.id}/sitreps`)).status).toBe(403);
  });
});
