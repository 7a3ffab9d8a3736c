import fs from 'node:fs';
import { createLogger } from '../../shared/backend/logger';
import { connectRedis } from '../../shared/backend/redis';
import { startServer } from '../../server/main';
import { seedDemo, type DemoLogin } from '../../server/seed/seed-demo';
import { createStore, storeSettings } from '../../shared/backend/store';
import { startWorker } from '../../worker/main';
import { DEMO_RESCUE_MMSI } from '../../worker/ais/simulator/demo-fleet';
import { Simulator } from '../../worker/ais/simulator/simulator';
import { closeOnSignal, configOrExit } from './roles';
import { UsageError } from './usage-error';

/**
 * `haven demo` (what `npm start` runs): server + worker, demo data on an empty store, the vessel
 * simulator feeding the worker's AIS ingest, the URL and logins printed. Ctrl-C stops everything.
 */
export async function run(): Promise<number> {
  const loaded = configOrExit();
  if (!loaded.redis)
    throw new UsageError('REDIS_URL (for example redis://127.0.0.1:6379) or REDIS_SENTINELS is required');
  // The simulated rescue ship is the demo crew's vessel: a rescue asset on the map.
  const config = {
    ...loaded,
    ais: { ...loaded.ais, rescueMmsis: [...loaded.ais.rescueMmsis, String(DEMO_RESCUE_MMSI)] },
  };
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const redis = connectRedis(config.redis!);
  const store = createStore(redis, config.prefix, storeSettings(config));
  const seeded = await seedDemo(store);
  const file = process.env.HAVEN_DEMO_LOGINS_FILE;
  if (seeded && file) fs.writeFileSync(file, JSON.stringify(seeded, null, 2), { mode: 0o600 });
  await redis.quit();
  const worker = await startWorker(config, log);
  const server = await startServer(config, log);
  const simulator = new Simulator(worker.ais.ingest);
  simulator.start();
  // Closed in reverse: the simulator stops, the server drains, then the worker flushes its last batch.
  closeOnSignal([worker, server, simulator], log);
  const logins: DemoLogin[] | null =
    seeded ?? (file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
  const url = config.publicUrl ?? `http://localhost:${server.port}`;
  const feeds = [
    worker.ais.tcpPort !== undefined ? `NMEA over TCP on port ${worker.ais.tcpPort}` : null,
    worker.ais.udpPort !== undefined ? `UDP on port ${worker.ais.udpPort}` : null,
  ].filter(Boolean);
  const lines = [
    '',
    `Haven is running: open ${url}`,
    '',
    logins ? 'Demo logins (username / password / role):' : 'Store was not empty: log in with your existing users.',
    ...(logins ?? []).map(
      (l) =>
        `  ${l.username.padEnd(11)} ${l.password.padEnd(14)} ${l.role}` +
        `${l.harbourId ? ` (${l.harbourId})` : ''}${l.vesselMmsi ? ` (vessel ${l.vesselMmsi})` : ''}`,
    ),
    '',
    'Simulated AIS traffic is on the map' +
      `${feeds.length ? `; AIS feeds accepted: ${feeds.join(', ')}` : ' (set AIS_TCP_PORT to feed real NMEA)'}.`,
    '',
    'Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  return -1;
}
