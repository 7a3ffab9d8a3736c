/**
 * Supervisors steer matching from the console: pause and resume, skip a harbour, ask one harbour
 * now, and answer on a harbour's behalf; every step on the timeline with who and why.
 */
import { Queue } from 'bullmq';
import type { Case } from '../../shared/domain/case';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

async function waitForCase(op: ApiClient, caseId: string, done: (c: Case) => boolean, ms = 15_000): Promise<Case> {
  const until = Date.now() + ms;
  for (;;) {
    const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    if (c && done(c)) return c;
    if (Date.now() > until)
      throw new Error(`case ${caseId}: ${JSON.stringify(c?.dockingRequests.map((r) => [r.harbourId, r.status]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const pending = (c: Case) => c.dockingRequests.filter((r) => r.status === 'pending');

describe('supervisors steer matching', () => {
  let sys: TestSystem;
  let matchQueue: Queue;
  beforeAll(async () => {
    sys = await startSystem({ env: { HARBOURS_PER_ROUND: '1' } });
    matchQueue = new Queue('match-case', { connection: { url: sys.redisUrl }, prefix: `${sys.prefix}:bull` });
  });
  afterAll(async () => {
    await matchQueue.close();
    await sys.close();
  });

  it('pause, resume, skip, ask a harbour, answer on its behalf: each recorded with who and why', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const sup = await new ApiClient(sys.baseUrl).login('supervisor', sys.users.supervisor.password);
    const lmp = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
    const caseId = (
      await op.request('POST', '/api/calls', {
        callerNumber: '+8821699400001',
        position: "35°20.0'N 012°40.0'E",
        personsOnBoard: 25,
      })
    ).body.caseId as string;
    const first = pending(await waitForCase(op, caseId, (c) => pending(c).length === 1))[0];
    const steer = (body: object) => sup.request('POST', `/api/cases/${caseId}/matching`, body);

    // Paused: a decline asks nobody new; the open request could still have been answered.
    expect((await op.request('POST', `/api/cases/${caseId}/matching`, { action: 'resume' })).status).toBe(403);
    expect((await steer({ action: 'pause' })).status).toBe(400);
    const paused = await steer({ action: 'pause', reason: 'MRCC Malta says a ship is coming' });
    expect(paused.body.case.matching.state).toBe('paused');
    await lmp.request('POST', `/api/docking-requests/${first.id}/answer`, { answer: 'decline' });
    const job = await matchQueue.getJob(`match.${caseId}.declined.${first.id}`);
    await waitForJob(job!.id!);
    expect(pending(await waitForCase(op, caseId, () => true))).toHaveLength(0);

    const resumed = await steer({ action: 'resume', reason: 'the ship cannot come' });
    expect(resumed.status).toBe(200);
    const second = pending(await waitForCase(op, caseId, (c) => pending(c).length === 1))[0];
    expect(second.rank).toBe(2);

    const skipped = await steer({ action: 'skip', requestId: second.id, reason: 'port closed by weather' });
    expect(skipped.body.case.dockingRequests.find((r: { id: string }) => r.id === second.id)).toMatchObject({
      status: 'cancelled',
      answeredBy: 'supervisor',
      note: 'port closed by weather',
    });
    const third = pending(await waitForCase(op, caseId, (c) => pending(c).some((r) => r.rank === 3)))[0];
    // The skipped harbour is told, without being told another port accepted.
    let told: { body: string } | undefined;
    for (let i = 0; i < 200 && !told; i++) {
      const outbox = (await op.request('GET', '/api/outbox')).body.messages as { id: string; body: string }[];
      told = outbox.find((m) => m.id === `withdrawn.${second.id}.0.sms`);
      if (!told) await new Promise((r) => setTimeout(r, 50));
    }
    expect(told?.body).toContain('is withdrawn, the hotline has withdrawn it');

    const asked = await steer({ action: 'ask', harbourId: 'barcelona', reason: 'Barcelona offered on the phone' });
    expect(asked.status).toBe(200);
    const barcelona = asked.body.case.dockingRequests.find((r: { harbourId: string }) => r.harbourId === 'barcelona');
    expect(barcelona).toMatchObject({ status: 'pending', rank: 4, personsOnBoard: 25 });
    expect((await steer({ action: 'ask', harbourId: 'barcelona', reason: 'again' })).body.error).toBe('already_asked');

    const onBehalf = await sup.request('POST', `/api/docking-requests/${barcelona.id}/answer`, {
      answer: 'accept',
      note: 'harbour master phoned the hotline',
    });
    expect(onBehalf.body.request).toMatchObject({ status: 'accepted', places: 25, answeredBy: 'supervisor' });
    const done = await waitForCase(op, caseId, (c) => c.matching.state === 'placed');
    expect(done.dockingRequests.find((r) => r.id === third.id)!.status).toBe('cancelled');
    const said = done.timeline.map((e) => `${e.actor}: ${e.summary}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'supervisor: matching PAUSED by supervisor: MRCC Malta says a ship is coming',
        'supervisor: matching resumed by supervisor: the ship cannot come',
        expect.stringMatching(/skipped by supervisor: port closed by weather$/),
        expect.stringMatching(/Barcelona .*asked by supervisor: Barcelona offered on the phone$/),
        expect.stringMatching(
          new RegExp(
            String.raw`Barcelona ACCEPTED \(25 places\) via the portal by supervisor supervisor ` +
              String.raw`on behalf of the harbour \(why: harbour master phoned the hotline\)`,
          ),
        ),
      ]),
    );
  });

  async function waitForJob(id: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const state = await (await matchQueue.getJob(id))?.getState();
      if (state === 'completed' || state === 'failed') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`job ${id} did not finish`);
  }
});
