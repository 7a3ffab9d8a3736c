import fs from 'node:fs';
import { createLogger } from '../infra/logger';
import { connectRedis } from '../infra/redis';
import { seedDemo, type DemoLogin } from '../seed/seed-demo';
import { createStore } from '../store';
import { closeOnSignal, configOrExit, startRoles } from './roles';

/** `haven demo` (what `npm start` runs): server + worker, demo data on an empty store, the URL and logins printed. */
export async function run(): Promise<number> {
  const config = configOrExit();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const redis = connectRedis(config.redisUrl!);
  const store = createStore(redis, config.prefix);
  const seeded = await seedDemo(store);
  const file = process.env.HAVEN_DEMO_LOGINS_FILE;
  if (seeded && file) fs.writeFileSync(file, JSON.stringify(seeded, null, 2), { mode: 0o600 });
  await redis.quit();
  const parts = await startRoles('all', config, log);
  closeOnSignal(parts, log);
  const logins: DemoLogin[] | null = seeded ?? (file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  const lines = [
    '', `Haven is running: open ${url}`, '',
    logins ? 'Demo logins (username / password / role):' : 'Store was not empty: log in with your existing users.',
    ...(logins ?? []).map((l) => `  ${l.username.padEnd(11)} ${l.password.padEnd(14)} ${l.role}${l.harbourId ? ` (${l.harbourId})` : ''}${l.vesselMmsi ? ` (vessel ${l.vesselMmsi})` : ''}`),
    '', 'Ctrl-C stops everything.', '',
  ];
  process.stdout.write(lines.join('\n'));
  return -1;
}
