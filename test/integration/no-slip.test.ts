import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// A fact confirmed with the caller is not replaced by a slip; a mistaken position can be withdrawn
// (kept on record), and undoing a correction lets the corrected fix stand again.
let sys: TestSystem;
let op: ApiClient;
beforeAll(async () => {
  sys = await startSystem({ worker: false });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
});
afterAll(async () => {
  await sys.close();
});

let n = 0;
async function confirmedCase(): Promise<string> {
  n += 1;
  const call = await op.request('POST', '/api/calls', {
    callerNumber: `+8816 5000 ${String(n).padStart(4, '0')}`,
    position: '34.0N 12.5E',
  });
  const id = call.body.caseId as string;
  expect((await op.request('POST', `/api/cases/${id}/positions/0/confirm`)).status).toBe(200);
  return id;
}

describe('a confirmed position', () => {
  it('is not replaced by a correction without a deliberate yes', async () => {
    const id = await confirmedCase();
    const slip = await op.request('POST', `/api/cases/${id}/positions`, { text: '35.0N 12.5E', corrects: 0 });
    expect(slip).toMatchObject({ status: 409, body: { error: 'confirmed_fact' } });
    expect(slip.body.message).toContain('position 1 was confirmed with the caller');
    expect((await op.request('GET', `/api/cases/${id}`)).body.case.positions).toHaveLength(1);

    const meant = await op.request('POST', `/api/cases/${id}/positions`, {
      text: '34.1N 12.5E',
      corrects: 0,
      supersedeConfirmed: true,
    });
    expect(meant.status).toBe(201);
    expect(meant.body.case.positions[1]).toMatchObject({ corrects: 0, lat: 34.1 });
  });

  it('is withdrawn only with a reason and a deliberate yes; it stays on record, marked', async () => {
    const id = await confirmedCase();
    const url = `/api/cases/${id}/positions/0/withdraw`;
    expect((await op.request('POST', url, {})).status).toBe(400);
    expect((await op.request('POST', url, { reason: 'wrong case' })).body.error).toBe('confirmed_fact');
    const ok = await op.request('POST', url, { reason: 'wrong case', supersedeConfirmed: true });
    expect(ok.status).toBe(200);
    expect(ok.body.case.positions[0]).toMatchObject({
      lat: 34,
      confirmed: true,
      withdrawn: { by: 'operator', reason: 'wrong case', at: expect.any(String) },
    });
    expect(ok.body.case.srr).toEqual([]);
    expect(ok.body.case.timeline.at(-1)).toMatchObject({
      type: 'position-withdrawn',
      actor: 'operator',
      summary: 'position 1 withdrawn: wrong case',
    });
    const again = await op.request('POST', url, { reason: 'wrong case', supersedeConfirmed: true });
    expect(again).toMatchObject({ status: 409, body: { error: 'already_withdrawn' } });
    expect((await op.request('POST', `/api/cases/${id}/positions/9/withdraw`, { reason: 'x y' })).status).toBe(404);
    const fixAgain = await op.request('POST', `/api/cases/${id}/positions`, { text: '34N 12E', corrects: 0 });
    expect(fixAgain.body.error).toBe('withdrawn');
  });
});

describe('undoing a correction', () => {
  it('withdraws the correction, and the corrected fix stands again', async () => {
    n += 1;
    const call = await op.request('POST', '/api/calls', {
      callerNumber: `+8816 5000 ${String(n).padStart(4, '0')}`,
      position: '33.5N 13.0E',
    });
    const id = call.body.caseId;
    const corrected = await op.request('POST', `/api/cases/${id}/positions`, { text: '34.6N 13.0E', corrects: 0 });
    expect(corrected.body.case.srr.map((r: { code: string }) => r.code)).toEqual(['MT']);
    const undone = await op.request('POST', `/api/cases/${id}/positions/1/withdraw`, {
      reason: 'correction of position 1 undone',
    });
    expect(undone.status).toBe(200);
    expect(undone.body.case.srr.map((r: { code: string }) => r.code)).toEqual(['LY']);
    const [withdrawn, geofence] = undone.body.case.timeline.slice(-2);
    expect(withdrawn.summary).toBe(
      'position 2 (the correction of position 1) withdrawn: correction of position 1 undone',
    );
    // The standing fix moved back across a region border: the record says so, and why.
    expect(geofence).toMatchObject({
      type: 'geofence',
      summary: 'ENTERED Libya SRR (JRCC Tripoli), left Malta SRR (position 2 withdrawn)',
    });
  });

  it('of two operators withdrawing the same fix at once, exactly one does', async () => {
    for (let round = 0; round < 5; round++) {
      n += 1;
      const call = await op.request('POST', '/api/calls', {
        callerNumber: `+8816 5000 ${String(n).padStart(4, '0')}`,
        position: '33.5N 13.0E',
      });
      const url = `/api/cases/${call.body.caseId}/positions/0/withdraw`;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => op.request('POST', url, { reason: `slip ${i}` })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      const timeline = (await op.request('GET', `/api/cases/${call.body.caseId}`)).body.case.timeline;
      expect(timeline.filter((e: { type: string }) => e.type === 'position-withdrawn')).toHaveLength(1);
    }
  });
});
