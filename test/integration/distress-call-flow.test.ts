import { ApiClient, nextEvent } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// The spine: one distress call flows from the operator through Redis and the worker to a harbour and back.
describe('a distress call flows end to end', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(async () => {
    await sys.close();
  });

  it('a logged call asks the nearest willing harbours, and an acceptance reaches the console live', async () => {
    const operator = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const console_ = await operator.socket();
    try {
      const created = nextEvent(console_, 'case:created');
      const requested = nextEvent(console_, 'docking:requested', (r) => r.harbourId === 'lampedusa');
      const res = await operator.request('POST', '/api/calls', {
        callerNumber: '+8821612345678',
        position: "35°20.0'N 012°40.0'E",
        personsOnBoard: 42,
        women: 5,
        children: 3,
        medical: 1,
      });
      expect(res.status).toBe(201);
      const caseId: string = res.body.caseId;
      expect(res.body.case.positions[0]).toMatchObject({
        lat: expect.closeTo(35.3333, 3),
        lon: expect.closeTo(12.6667, 3),
        raw: "35°20.0'N 012°40.0'E",
      });
      expect((await created).id).toBe(caseId);

      // The worker ranked the willing ports by distance: Lampedusa is nearest to 35°20'N 12°40'E.
      const request = await requested;
      expect(request).toMatchObject({ caseId, harbourName: 'Lampedusa', status: 'pending', personsOnBoard: 42 });

      const harbour = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
      const mine = await harbour.request('GET', '/api/docking-requests');
      expect(mine.status).toBe(200);
      expect(mine.body.requests).toHaveLength(1);
      expect(JSON.stringify(mine.body)).not.toContain('8821612345678');
      expect(mine.body.requests[0]).not.toHaveProperty('caseId');
      expect(mine.body.requests[0].approximateArea).toBe('around 35N 013E');

      const answered = nextEvent(console_, 'docking:answered', (r) => r.id === request.id);
      const accept = await harbour.request('POST', `/api/docking-requests/${request.id}/answer`, {
        answer: 'accept',
        places: 42,
      });
      expect(accept.status).toBe(200);
      expect(await answered).toMatchObject({ id: request.id, status: 'accepted', places: 42, answeredBy: 'lampedusa' });

      // Without Twilio credentials the notifications wait in the outbox, readable by operators only.
      const outbox = await operator.request('GET', '/api/outbox');
      expect(outbox.body.twilioConfigured).toBe(false);
      expect(outbox.body.messages.find((m: { requestId: string }) => m.requestId === request.id)).toMatchObject({
        channel: 'sms',
        status: 'outbox',
        to: expect.stringMatching(/^\+39/),
        contactName: 'Lampedusa harbour master (demo)',
        body: expect.stringContaining(request.id),
      });
      expect(JSON.stringify(outbox.body)).not.toContain('8821612345678');
      expect((await harbour.request('GET', '/api/outbox')).status).toBe(403);

      const after = await operator.request('GET', `/api/cases/${caseId}`);
      const types = after.body.case.timeline.map((e: { type: string }) => e.type);
      expect(types).toEqual(
        expect.arrayContaining(['call', 'docking-requested', 'notification', 'docking-accepted', 'docking-cancelled']),
      );
      for (const e of after.body.case.timeline)
        expect(e).toMatchObject({ at: expect.any(String), actor: expect.any(String) });
      // The other harbour asked in the same round is told it is no longer needed.
      const others = after.body.case.dockingRequests.filter((r: { id: string }) => r.id !== request.id);
      expect(others.every((r: { status: string }) => r.status === 'cancelled')).toBe(true);
      // ...and told so by SMS, so that nobody prepares a quay in vain.
      let withdrawal: { body: string } | undefined;
      for (let i = 0; i < 100 && !withdrawal; i++) {
        withdrawal = (await operator.request('GET', '/api/outbox')).body.messages.find(
          (m: { id: string }) => m.id === `withdrawn.${others[0].id}.0.sms`,
        );
        if (!withdrawal) await new Promise((r) => setTimeout(r, 100));
      }
      expect(withdrawal?.body).toMatch(new RegExp(`${others[0].id} is withdrawn, another port has accepted`));
    } finally {
      console_.close();
    }
  });

  it('when a harbour declines, the next willing harbour is asked', async () => {
    const operator = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const s = await operator.socket();
    try {
      const first = nextEvent(s, 'docking:requested', (r) => r.harbourId === 'valletta');
      const res = await operator.request('POST', '/api/calls', {
        callerNumber: '+39 333 1234567',
        position: '35.85 14.45',
        personsOnBoard: 20,
      });
      const caseId = res.body.caseId;
      const req = await first;
      const asked = new Set(
        (await operator.request('GET', `/api/cases/${caseId}`)).body.case.dockingRequests.map(
          (r: { harbourId: string }) => r.harbourId,
        ),
      );
      const third = nextEvent(
        s,
        'docking:requested',
        (r) => 'caseId' in r && r.caseId === caseId && !asked.has(r.harbourId),
      );
      const valletta = await new ApiClient(sys.baseUrl).login('valletta', sys.users.valletta.password);
      expect(
        (await valletta.request('POST', `/api/docking-requests/${req.id}/answer`, { answer: 'decline', note: 'full' }))
          .status,
      ).toBe(200);
      expect(await third).toMatchObject({ caseId, status: 'pending', rank: 3 });
    } finally {
      s.close();
    }
  });
});
