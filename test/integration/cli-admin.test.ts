import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EvidencePack } from '../../server/cases/evidence-pack';
import { verifyPack } from '../../server/cases/evidence-pack';
import { runHaven } from '../helpers/cli';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

describe('the admin CLI', () => {
  let sys: TestSystem;
  let env: NodeJS.ProcessEnv;
  const haven = (args: string[], stdin?: string) => runHaven(args, { stdin, env });
  beforeAll(async () => {
    sys = await startSystem({ worker: false });
    env = { ...process.env, REDIS_URL: sys.redisUrl, HAVEN_PREFIX: sys.prefix, LOG_LEVEL: 'silent' };
  });
  afterAll(async () => {
    await sys.close();
  });

  it('user add creates a user who can log in, reading the password from stdin', async () => {
    const res = await haven(
      ['user', 'add', '--username', 'ana', '--password', '-', '--role', 'operator'],
      'a-long-enough-password\n',
    );
    expect(res).toMatchObject({ code: 0, stdout: 'created user ana (operator)\n' });
    await expect(new ApiClient(sys.baseUrl).login('ana', 'a-long-enough-password')).resolves.toBeDefined();
  });

  it('user add refuses bad input with exit 2 and one line on stderr', async () => {
    const badRole = await haven([
      'user',
      'add',
      '--username',
      'x1',
      '--password',
      'long-enough-pw',
      '--role',
      'captain',
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr.trim().split('\n')).toHaveLength(1);
    expect(badRole.stderr).toMatch(/role/);
    const noHarbour = await haven([
      'user',
      'add',
      '--username',
      'x2',
      '--password',
      'long-enough-pw',
      '--role',
      'harbour',
    ]);
    expect(noHarbour.code).toBe(2);
    expect(noHarbour.stderr).toMatch(/--harbour/);
    const unknownHarbour = await haven([
      'user',
      'add',
      '--username',
      'x3',
      '--password',
      'long-enough-pw',
      '--role',
      'harbour',
      '--harbour',
      'atlantis',
    ]);
    expect(unknownHarbour).toMatchObject({ code: 2, stderr: expect.stringMatching(/no harbour with id atlantis/) });
  });

  it(
    'harbour import reads World Port Index CSV and GeoJSON, not willing unless the file says so, ' +
      'and skips bad rows with reasons',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-import-'));
      const csv = path.join(dir, 'ports.csv');
      const header = fs
        .readFileSync(path.join(__dirname, '..', '..', 'shared', 'data', 'ports', 'world-port-index.csv'), 'utf8')
        .split('\n')[0];
      fs.writeFileSync(
        csv,
        `${header}\n40290,Siracusa,,IT SIR,Italy,Mediterranean Sea,Small,,,,,Yes,,37.066667,15.283333\n` +
          '1,Nowhere,,,,,,,,,,,,200,15\n',
      );
      const geo = path.join(dir, 'cities.geojson');
      fs.writeFileSync(
        geo,
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [11.576, 48.137] },
              properties: { name: 'München', kind: 'city', country: 'Germany', willing: true, capacity: 200 },
            },
            {
              type: 'Feature',
              geometry: {
                type: 'LineString',
                coordinates: [
                  [0, 0],
                  [1, 1],
                ],
              },
              properties: {},
            },
          ],
        }),
      );
      const a = await haven(['harbour', 'import', csv]);
      expect(a.code).toBe(0);
      expect(a.stdout).toMatch(/imported 1 harbours \(0 already existed, 1 rows skipped\)/);
      expect(a.stderr).toMatch(/row 3: lat/);
      const b = await haven(['harbour', 'import', geo]);
      expect(b.stdout).toMatch(/imported 1 harbours/);
      const sup = await new ApiClient(sys.baseUrl).login('supervisor', sys.users.supervisor.password);
      const harbours = (await sup.request('GET', '/api/harbours')).body.harbours as {
        id: string;
        willing: boolean;
        kind: string;
      }[];
      expect(harbours.find((h) => h.id === 'siracusa-itsir')).toMatchObject({ willing: false, kind: 'port' });
      expect(harbours.find((h) => h.id === 'munchen')).toMatchObject({ willing: true, kind: 'city' });
      expect((await haven(['harbour', 'import', path.join(dir, 'missing.csv')])).code).toBe(2);
    },
  );

  it("export prints the case's evidence pack with a hash chain that verifies", async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const call = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 4000 0001',
      position: '34.2N 12.8E',
      personsOnBoard: 33,
    });
    await op.request('POST', `/api/cases/${call.body.caseId}/contacts`, {
      authority: 'JRCC Tripoli',
      channel: 'phone',
      outcome: 'unreachable',
    });
    const res = await haven(['export', '--case', call.body.caseId]);
    expect(res.code).toBe(0);
    const pack = JSON.parse(res.stdout) as EvidencePack;
    expect(pack.case.id).toBe(call.body.caseId);
    expect(pack.timeline.map((e) => e.type)).toEqual(['call', 'authority-contact']);
    expect(verifyPack(pack)).toBe(-1);
    expect((await haven(['export', '--case', 'C-999999'])).code).toBe(2);
  });
});
