/**
 * A small realistic world for the access matrix: two cases (A assigned to crew vessel 247000001,
 * B to 247000002), each with a docking request to Lampedusa and one to Palermo, and the strings
 * that must never reach a harbour or a crew (caller numbers, raw position texts, operator notes).
 */
import { randomBytes } from 'node:crypto';
import { dockingRequestId } from '../../shared/domain/ids';
import type { DockingRequest } from '../../shared/domain/docking-request';
import { createStore, storeSettings } from '../../shared/backend/store';
import { addUser } from '../../server/users/add-user';
import { connectRedis } from '../../shared/backend/redis';
import { ApiClient } from './client';
import { testPassword, type TestSystem } from './system';

/** The objects one access case runs against. */
export interface World {
  tag: string;
  caseA: string;
  caseB: string;
  /** Lampedusa's request on case A (harbour's own) and Palermo's (harbour2's own). */
  requestA: string;
  requestB: string;
  /** Texts that a harbour or crew answer must not contain. */
  secrets: string[];
  /** A caller number not used before. */
  freshNumber(): string;
  /** A spare operator of this world, and one live session of theirs (stored id). */
  spareUserId: string;
  spareSessionId: string;
  /** A message in the outbox (a withdrawal to Lampedusa about case A), to mark relayed. */
  outboxId: string;
}

let operator: ApiClient | undefined;
let spare: { id: string } | undefined;
let counter = 0;

function number(): string {
  counter += 1;
  return `+39 333 ${String(1_000_000 + counter * 7 + Math.floor(Math.random() * 5)).slice(-7)}`;
}

/** Create a world: cases through the API as an operator would, docking requests as the worker would. */
export async function seedWorld(sys: TestSystem): Promise<World> {
  operator ??= await new ApiClient(sys.baseUrl).login('operator', testPassword('operator'));
  // Letters only: digits in the tag ("e1f0e723") would turn the seeded position text into nonsense.
  const tag = [...randomBytes(8)].map((b) => String.fromCharCode(103 + (b % 20))).join('');
  const secrets: string[] = [];
  const openCase = async (mmsi: string) => {
    const callerNumber = number();
    const raw = `caller reads 35 1${counter % 10}.5N 012 2${counter % 10}.5E sea ${tag}`;
    const notes = `operator note ${tag}: the caller's brother is in Tripoli`;
    const res = await operator!.request('POST', '/api/calls', {
      callerNumber,
      position: raw,
      personsOnBoard: 40,
      notes,
    });
    if (res.status !== 201) throw new Error(`seed call: ${res.status} ${JSON.stringify(res.body)}`);
    const assign = await operator!.request('POST', `/api/cases/${res.body.caseId}/assign`, { mmsi });
    if (assign.status !== 200) throw new Error(`seed assign: ${assign.status} ${JSON.stringify(assign.body)}`);
    secrets.push(callerNumber.replace(/\s/g, ''), callerNumber.replace(/\D/g, '').slice(2), raw, notes);
    return res.body.caseId as string;
  };
  const caseA = await openCase('247000001');
  const caseB = await openCase('247000002');
  const redis = connectRedis(sys.redisUrl);
  const store = createStore(redis, sys.prefix, storeSettings(sys.config));
  spare ??= await addUser(store, { username: 'spare', password: testPassword('spare'), role: 'operator' });
  const spareSession = await store.sessions.create(spare.id, 0);
  for (const caseId of [caseA, caseB]) {
    const now = new Date();
    const reqs: DockingRequest[] = [
      ['lampedusa', 'Lampedusa'],
      ['palermo', 'Palermo'],
    ].map(([harbourId, harbourName], i) => ({
      id: dockingRequestId({ caseId, harbourId }),
      caseId,
      harbourId,
      harbourName,
      rank: i + 1,
      status: 'pending',
      personsOnBoard: 40,
      women: null,
      children: null,
      medical: null,
      approximateArea: 'around 35N 012E',
      distanceNm: 60,
      etaHours: 6,
      deadline: new Date(now.getTime() + 1_800_000).toISOString(),
      createdAt: now.toISOString(),
      answeredAt: null,
      answeredBy: null,
      places: null,
      note: null,
    }));
    await store.docking.createMany(caseId, reqs, []);
  }
  const requestA = dockingRequestId({ caseId: caseA, harbourId: 'lampedusa' });
  const outboxId = `withdrawn.${requestA}.0.sms`;
  await store.outbox.put({
    id: outboxId,
    requestId: requestA,
    caseId: caseA,
    harbourId: 'lampedusa',
    channel: 'sms',
    status: 'outbox',
    at: new Date().toISOString(),
    to: '+39 0922 000000',
    body: `HAVEN: docking request ${requestA} is withdrawn`,
  });
  await redis.quit();
  return {
    tag,
    caseA,
    caseB,
    secrets,
    requestA,
    requestB: dockingRequestId({ caseId: caseA, harbourId: 'palermo' }),
    freshNumber: number,
    spareUserId: spare.id,
    spareSessionId: spareSession.session.id,
    outboxId,
  };
}
