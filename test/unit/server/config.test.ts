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

  it('production requires REDIS_URL and SESSION_SECRET; Twilio needs all three settings', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /REDIS_URL: required in production[\s\S]*SESSION_SECRET/,
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
});
