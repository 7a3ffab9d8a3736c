/**
 * Finding 5 (sealed audit): every timeline entry and every audit log entry is chained when it is
 * written, and `haven audit verify` catches an entry edited, deleted or reordered with redis-cli.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { connectRedis } from '../../shared/backend/redis';
import { createStore } from '../../shared/backend/store';
import { verifyChain } from '../../shared/backend/store/chain';
import { timelineChain } from '../../shared/backend/store/timeline.store';
import { runHaven } from '../helpers/cli';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

const run = promisify(execFile);

let sys: TestSystem;
let op: ApiClient;
let redis: Redis;
let env: NodeJS.ProcessEnv;
const haven = (args: string[]) => runHaven(args, { env });
/** redis-cli, as someone with access to the Redis would use it. */
const cli = async (...args: string[]) => (await run('redis-cli', ['-u', sys.redisUrl, ...args])).stdout.trim();

beforeAll(async () => {
  sys = await startSystem({ worker: false });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  redis = new Redis(sys.redisUrl);
  env = { ...process.env, REDIS_URL: sys.redisUrl, HAVEN_PREFIX: sys.prefix, LOG_LEVEL: 'silent' };
});
afterAll(async () => {
  await redis.quit();
  await sys.close();
});

let numbers = 0;
/** A case with a few timeline entries, made through the API. */
async function caseWithEntries(): Promise<string> {
  numbers += 1;
  const res = await op.request('POST', '/api/calls', {
    callerNumber: `+39 333 700 00${String(numbers).padStart(2, '0')}`,
    position: '35.1N 12.2E',
  });
  const id = res.body.caseId as string;
  await op.request('POST', `/api/cases/${id}/positions`, { text: '35.2N 12.3E' });
  await op.request('POST', `/api/cases/${id}/contacts`, {
    authority: 'MRCC Rome',
    channel: 'phone',
    outcome: 'no_answer',
  });
  await op.request('PATCH', `/api/cases/${id}`, { phase: 'ALERFA', reason: 'calmer' });
  return id;
}

const timelineKey = (id: string) => `${sys.prefix}:case:${id}:timeline`;

/** The stream's entries as redis-cli sees them: [id, [field, value, ...]]. */
async function entries(key: string): Promise<[string, string[]][]> {
  return (await redis.xrange(key, '-', '+')) as [string, string[]][];
}

/** Rewrite a stream with redis-cli the way someone covering their tracks would: same ids, new contents. */
async function rewrite(key: string, rows: [string, string[]][]): Promise<void> {
  await cli('DEL', key);
  for (const [id, fields] of rows) await cli('XADD', key, id, ...fields);
}

describe('haven audit verify', () => {
  it('passes on untouched chains, for every case and the audit log', async () => {
    const id = await caseWithEntries();
    const all = await haven(['audit', 'verify']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(new RegExp(`ok case ${id}: 4 entries`));
    expect(all.stdout).toMatch(/ok audit log: \d+ entries/);
    expect(all.stdout).toMatch(/intact: \d+ chains\n$/);
    const one = await haven(['audit', 'verify', '--case', id]);
    expect(one).toMatchObject({ code: 0, stdout: `ok case ${id}: 4 entries\nintact: 1 chain\n` });
    expect((await haven(['audit', 'verify', '--case', 'C-999999'])).code).toBe(2);
    expect((await haven(['audit', 'check'])).code).toBe(2);
  });

  it('names the entry after one deleted with XDEL', async () => {
    const id = await caseWithEntries();
    const rows = await entries(timelineKey(id));
    await cli('XDEL', timelineKey(id), rows[2][0]);
    const res = await haven(['audit', 'verify', '--case', id]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`BROKEN case ${id}: entry #3 (${rows[3][0]}):`);
    // And the whole run fails, naming it too.
    const all = await haven(['audit', 'verify']);
    expect(all.code).toBe(1);
    expect(all.stderr).toContain(`BROKEN case ${id}`);
  });

  it('catches the last entry deleted (the head remembers it)', async () => {
    const id = await caseWithEntries();
    const rows = await entries(timelineKey(id));
    await cli('XDEL', timelineKey(id), rows[rows.length - 1][0]);
    const res = await haven(['audit', 'verify', '--case', id]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/head counts 4 entries, 1 missing at the end/);
  });

  it('names an entry edited in place (stream rewritten with the same ids)', async () => {
    const id = await caseWithEntries();
    const rows = await entries(timelineKey(id));
    const edited = rows.map(([rid, f]): [string, string[]] =>
      rid === rows[1][0]
        ? [rid, f.map((v, i) => (f[i - 1] === 'summary' ? 'position reported: 36.0N 13.0E' : v))]
        : [rid, f],
    );
    await rewrite(timelineKey(id), edited);
    const res = await haven(['audit', 'verify', '--case', id]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`BROKEN case ${id}: entry #2 (${rows[1][0]}): entry content does not match its hash`);
  });

  it('names the first of two entries swapped', async () => {
    const id = await caseWithEntries();
    const rows = await entries(timelineKey(id));
    const swapped = rows.map(([rid, f], i): [string, string[]] =>
      i === 1 ? [rid, rows[2][1]] : i === 2 ? [rid, rows[1][1]] : [rid, f],
    );
    await rewrite(timelineKey(id), swapped);
    const res = await haven(['audit', 'verify', '--case', id]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`entry #2 (${rows[1][0]})`);
  });

  it('catches an audit log entry deleted or edited', async () => {
    await caseWithEntries();
    const key = `${sys.prefix}:audit`;
    const rows = await entries(key);
    expect(rows.length).toBeGreaterThan(2);
    const edited = rows.map(([rid, f], i): [string, string[]] =>
      i === 1 ? [rid, f.map((v, j) => (f[j - 1] === 'actor' ? 'someone-else' : v))] : [rid, f],
    );
    await rewrite(key, edited);
    const res = await haven(['audit', 'verify']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`BROKEN audit log: entry #2 (${rows[1][0]}): entry content does not match its hash`);
  });

  it('keeps a timeline chained when two processes write it at once', async () => {
    const id = await caseWithEntries();
    const conns = [connectRedis(sys.redisUrl), connectRedis(sys.redisUrl)];
    try {
      const stores = conns.map((c) => createStore(c, sys.prefix));
      await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          stores[i % 2].cases.note(id, { type: 'message', actor: `writer-${i % 2}`, summary: `note ${i}` }),
        ),
      );
      const verdict = await verifyChain(redis, timelineChain(stores[0].keys, id), stores[0].auditKey);
      expect(verdict).toEqual({ ok: true, entries: 64 });
    } finally {
      await Promise.all(conns.map((c) => c.quit()));
    }
  });
});
