import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { API } from '../../shared/api';
import { openApiPath } from '../../shared/api/endpoint';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ worker: false });
});
afterAll(async () => {
  await sys.close();
});

describe('the API describes itself from the route table', () => {
  it('GET /api/openapi.json is a valid OpenAPI 3.1 document with every endpoint of the table', async () => {
    const res = await new ApiClient(sys.baseUrl).request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const verdict = spawnSync(process.execPath, [path.join(__dirname, '..', 'helpers', 'validate-openapi.mjs')], {
      input: JSON.stringify(res.body),
      encoding: 'utf8',
    });
    expect(verdict.stderr).toBe('');
    const { valid, version, errors } = JSON.parse(verdict.stdout);
    expect({ valid, version, errors }).toEqual({ valid: true, version: '3.1', errors: [] });
    for (const [id, e] of Object.entries(API)) {
      expect(res.body.paths[openApiPath(e.path)]?.[e.method]?.operationId).toBe(id);
    }
  });

  it('a validator that cannot fail proves nothing: a broken document is refused', () => {
    const verdict = spawnSync(process.execPath, [path.join(__dirname, '..', 'helpers', 'validate-openapi.mjs')], {
      input: JSON.stringify({ openapi: '3.1.0', info: { title: 'x' }, paths: { 'no-slash': {} } }),
      encoding: 'utf8',
    });
    expect(JSON.parse(verdict.stdout).valid).toBe(false);
  });

  it('GET /api/docs is a readable page naming every endpoint, who may call it and its schemas; no script', async () => {
    const res = await fetch(`${sys.baseUrl}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    for (const e of Object.values(API)) expect(html).toContain(`${e.method.toUpperCase()} ${e.path}`);
    expect(html).toContain('Roles: harbour, supervisor. Another&#39;s object answers 404.');
    expect(html).toContain('id="schema-Case"');
  });
});
