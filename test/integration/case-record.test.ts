import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// The case as a record: regions, geofence, contact log, SITREP, phase and outcome, crew view.
// One server (no worker) for the file; each test uses its own caller numbers, so cases never mix.
let sys: TestSystem;
let op: ApiClient;
beforeAll(async () => {
  sys = await startSystem({ worker: false });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
});
afterAll(async () => {
  await sys.close();
});

describe('a case holds up as a record', () => {
  const newCase = async (position: string, number: string) => {
    const res = await op.request('POST', '/api/calls', { callerNumber: number, position, personsOnBoard: 50 });
    expect(res.status).toBe(201);
    return res.body.case as { id: string; code: string; srr: { code: string; rcc: string }[] };
  };

  it('a position off Lampedusa is in both the Maltese and the Italian region', async () => {
    const c = await newCase('35.3 12.7', '+8816 1000 0001');
    expect(c.srr.map((r) => r.code)).toEqual(expect.arrayContaining(['MT']));
    expect(c.srr.some((r) => r.code.startsWith('IT'))).toBe(true);
    expect(c.srr.find((r) => r.code === 'MT')?.rcc).toBe('RCC Malta');
  });

  it('when the boat moves from the Libyan into the Maltese region, the timeline records a geofence event', async () => {
    const c = await newCase('33.5N 13.0E', '+8816 1000 0002');
    expect(c.srr.map((r) => r.code)).toEqual(['LY']);
    const res = await op.request('POST', `/api/cases/${c.id}/positions`, { text: '34.6N 13.0E', source: 'caller' });
    expect(res.status).toBe(201);
    const geofence = res.body.case.timeline.find((e: { type: string }) => e.type === 'geofence');
    expect(geofence.summary).toMatch(/ENTERED Malta SRR \(RCC Malta\)/);
    expect(geofence.summary).toMatch(/left Libya SRR/);
  });

  it('authority contacts are logged with who, centre, channel and outcome, and appear in the SITREP', async () => {
    const c = await newCase('34.6N 13.0E', '+8816 1000 0003');
    const bad = await op.request('POST', `/api/cases/${c.id}/contacts`, {
      authority: 'RCC Malta',
      channel: 'phone',
      outcome: 'referred',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/referredTo/);
    const ok = await op.request('POST', `/api/cases/${c.id}/contacts`, {
      authority: 'RCC Malta',
      channel: 'phone',
      outcome: 'no_answer',
      at: '2026-11-28T06:45:00Z',
    });
    expect(ok.status).toBe(201);
    const entry = ok.body.case.timeline.find((e: { type: string }) => e.type === 'authority-contact');
    expect(entry).toMatchObject({
      actor: 'operator',
      at: '2026-11-28T06:45:00.000Z',
      summary: 'RCC Malta by phone: NO ANSWER',
    });

    const first = await op.request('POST', `/api/cases/${c.id}/sitreps`);
    expect(first.status).toBe(201);
    expect(first.body.sitrep.number).toBe(1);
    expect(first.body.sitrep.text).toContain(`SAR SITREP ${c.code} NR 1\n`);
    expect(first.body.sitrep.text).toContain('34-36.0N 013-00.0E');
    expect(first.body.sitrep.text).toContain('0645Z RCC Malta by phone: NO ANSWER');
    const second = await op.request('POST', `/api/cases/${c.id}/sitreps`);
    expect(second.body.sitrep.text).toContain(`SAR SITREP ${c.code} NR 2\n`);
  });

  it('phase changes record who and why; closing needs a taxonomy outcome and frees the caller number', async () => {
    const c = await newCase('34.0N 12.5E', '+8816 1000 0004');
    const phase = await op.request('PATCH', `/api/cases/${c.id}`, {
      phase: 'ALERFA',
      reason: 'contact lost but engine working',
    });
    expect(phase.status).toBe(200);
    expect(phase.body.case.timeline.at(-1)).toMatchObject({
      type: 'phase',
      actor: 'operator',
      summary: expect.stringContaining('contact lost but engine working'),
    });
    expect((await op.request('PATCH', `/api/cases/${c.id}`, { status: 'closed' })).body.error).toBe('outcome_required');
    expect((await op.request('PATCH', `/api/cases/${c.id}`, { status: 'closed', outcome: 'sunk' })).status).toBe(400);
    const closed = await op.request('PATCH', `/api/cases/${c.id}`, { status: 'closed', outcome: 'rescued_ngo' });
    expect(closed.body.case).toMatchObject({ status: 'closed', outcome: 'rescued_ngo' });
    const again = await op.request('POST', '/api/calls', { callerNumber: '+8816 1000 0004', position: '34.1N 12.5E' });
    expect(again.body.caseId).not.toBe(c.id);
  });

  it('an aged fix gets a dead-reckoned estimate labelled as such', async () => {
    const t0 = new Date(Date.now() - 3 * 3600_000).toISOString();
    const t1 = new Date(Date.now() - 2 * 3600_000).toISOString();
    const res = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 1000 0005',
      position: '34.0N 13.0E',
      receivedAt: t0,
    });
    const moved = await op.request('POST', `/api/cases/${res.body.caseId}/positions`, {
      lat: 34.05,
      lon: 13.0,
      source: 'caller',
      at: t1,
    });
    const est = moved.body.case.estimate;
    expect(est).not.toBeNull();
    expect(est.lat).toBeGreaterThan(34.05);
    expect(est.radiusNm).toBeGreaterThan(1);
    expect(est.courseDeg).toBeCloseTo(0, 0);
  });

  it('the crew of a vessel sees nothing but its assigned case', async () => {
    const crew = await new ApiClient(sys.baseUrl).login('crew', sys.users.crew.password);
    expect((await crew.request('GET', '/api/cases')).body.cases).toEqual([]);
    const c = await newCase('34.2N 12.2E', '+8816 1000 0006');
    expect((await crew.request('GET', `/api/cases/${c.id}`)).status).toBe(404);
    expect((await crew.request('PATCH', `/api/cases/${c.id}`, { phase: 'INCERFA' })).status).toBe(403);
    expect((await crew.request('GET', `/api/cases/${c.id}/sitrep`)).status).toBe(403);
  });
});

describe('an operator confirms or corrects a fix', () => {
  it('confirming marks the fix and the timeline names who; a correction points at the fix it replaces', async () => {
    const call = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 2000 0001',
      position: "34°10'N 012°30'E",
    });
    const id = call.body.caseId;
    const confirmed = await op.request('POST', `/api/cases/${id}/positions/0/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.case.positions[0]).toMatchObject({ confirmed: true, warnings: [] });
    expect(confirmed.body.case.timeline.at(-1)).toMatchObject({ type: 'position-confirmed', actor: 'operator' });
    expect((await op.request('POST', `/api/cases/${id}/positions/7/confirm`)).status).toBe(404);

    const slip = await op.request('POST', `/api/cases/${id}/positions`, { text: "34°01'N 012°30'E", corrects: 0 });
    expect(slip).toMatchObject({ status: 409, body: { error: 'confirmed_fact' } });
    const corrected = await op.request('POST', `/api/cases/${id}/positions`, {
      text: "34°01'N 012°30'E",
      corrects: 0,
      supersedeConfirmed: true,
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body.case.positions[1]).toMatchObject({ corrects: 0, source: 'operator' });
    expect(corrected.body.case.timeline.at(-1).summary).toMatch(/^correction of position 1/);
  });
});

describe('corrections and doubtful fixes do not mislead', () => {
  it('correcting an old fix keeps its time, so the newest fix stays newest and no false geofence fires', async () => {
    const t0 = new Date(Date.now() - 3600_000).toISOString();
    const call = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 6000 0001',
      position: '33.5N 13.0E',
      receivedAt: t0,
    });
    const id = call.body.caseId;
    const moved = await op.request('POST', `/api/cases/${id}/positions`, { text: '34.6N 13.0E', source: 'caller' });
    expect(moved.body.case.srr.map((r: { code: string }) => r.code)).toEqual(['MT']);
    const corrected = await op.request('POST', `/api/cases/${id}/positions`, { text: '33.4N 13.0E', corrects: 0 });
    expect(corrected.body.case.positions[2]).toMatchObject({ corrects: 0, at: new Date(t0).toISOString() });
    expect(corrected.body.case.srr.map((r: { code: string }) => r.code)).toEqual(['MT']);
    expect(corrected.body.case.timeline.filter((e: { type: string }) => e.type === 'geofence')).toHaveLength(1);
  });

  it('a fix that implies an impossible speed is left out of the drift estimate', async () => {
    const t0 = new Date(Date.now() - 3 * 3600_000).toISOString();
    const t1 = new Date(Date.now() - 2 * 3600_000).toISOString();
    const t2 = new Date(Date.now() - 2 * 3600_000 + 60_000).toISOString();
    const call = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 6000 0002',
      position: '34.0N 13.0E',
      receivedAt: t0,
    });
    const id = call.body.caseId;
    await op.request('POST', `/api/cases/${id}/positions`, { lat: 34.05, lon: 13.0, at: t1, source: 'caller' });
    const wild = await op.request('POST', `/api/cases/${id}/positions`, {
      lat: 35.0,
      lon: 13.0,
      at: t2,
      source: 'caller',
    });
    expect(wild.body.case.positions[2].warnings.join(' ')).toMatch(/implausible speed/);
    // Reckoned from the two credible fixes: 3 nm in an hour, not 57 nm in a minute.
    expect(wild.body.case.estimate.speedKn).toBeCloseTo(3, 0);
    expect(wild.body.case.estimate.lat).toBeLessThan(34.3);
  });

  it('a count can be cleared with null', async () => {
    const call = await op.request('POST', '/api/calls', { callerNumber: '+8816 6000 0003', personsOnBoard: 400 });
    const res = await op.request('PATCH', `/api/cases/${call.body.caseId}`, {
      personsOnBoard: null,
      reason: 'misheard',
    });
    expect(res.status).toBe(200);
    expect(res.body.case.personsOnBoard).toBeNull();
  });
});
