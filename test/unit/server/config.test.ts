import { ConfigError, loadConfig } from '../../../shared/backend/config';

describe('configuration', () => {
  it('lists every problem at once', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/REDIS_URL/);
    expect(msg).toMatch(/LOG_LEVEL/);
  });

  it('production requires REDIS_URL, SESSION_SECRET and AUDIT_KEY; Twilio needs all three settings', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /REDIS_URL: required in production[\s\S]*SESSION_SECRET[\s\S]*AUDIT_KEY/,
    );
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: 'AC1' })).toThrow(/TWILIO_\*/);
    const ok = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', RESCUE_MMSIS: '247000001, 211000002' });
    expect(ok).toMatchObject({
      port: 8080,
      prefix: 'haven',
      twilio: null,
      ais: { rescueMmsis: ['247000001', '211000002'] },
    });
  });

  it('Redis Sentinel: addresses, name, passwords and TLS; acknowledgements wait for a replica by default', () => {
    const c = loadConfig({
      REDIS_SENTINELS: 'sentinel-a:26379, sentinel-b:26380,10.0.0.3:26381',
      REDIS_SENTINEL_NAME: 'haven',
      REDIS_PASSWORD: 'data-secret',
      REDIS_SENTINEL_PASSWORD: 'sentinel-secret',
      REDIS_TLS: 'true',
    });
    expect(c.redis).toMatchObject({
      sentinels: [
        { host: 'sentinel-a', port: 26379 },
        { host: 'sentinel-b', port: 26380 },
        { host: '10.0.0.3', port: 26381 },
      ],
      sentinelName: 'haven',
      password: 'data-secret',
      sentinelPassword: 'sentinel-secret',
      tls: true,
      waitReplicas: 1,
    });
    expect(loadConfig({ REDIS_URL: 'redis://x:6379' }).redis).toMatchObject({ waitReplicas: 0, tls: false });
    expect(loadConfig({ REDIS_URL: 'redis://x:6379', REDIS_WAIT_REPLICAS: '2' }).redis?.waitReplicas).toBe(2);
    expect(() => loadConfig({ REDIS_SENTINELS: 'no-port' })).toThrow(/REDIS_SENTINELS/);
    expect(() => loadConfig({ REDIS_SENTINELS: 'a:1', REDIS_URL: 'redis://x' })).toThrow(/either REDIS_URL or/);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        REDIS_SENTINELS: 'a:1',
        SESSION_SECRET: 'x'.repeat(32),
        AUDIT_KEY: 'k'.repeat(32),
      }).redis,
    ).toBeDefined();
  });
});
