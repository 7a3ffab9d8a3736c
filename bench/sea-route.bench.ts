/**
 * `npm run bench sea-route`: ranks random sea positions (Mediterranean and Atlantic) against all
 * 3,768 World Port Index ports by sea distance, the 50 nearest, with Haven's router (one search per
 * case, shortcuts for land-free great circles) and, in the same run, with a plain per-port
 * Dijkstra (one point-to-point search per port, then sort), on the same graph. It checks that both
 * give the same top 50 and prints per-case times (median, p99), their ratio, build times and memory.
 *
 * BENCH_CASES (default 200) cases are timed for Haven over BENCH_ROUNDS (default 5) rounds;
 * BENCH_REF_CASES (default 4) of them for the reference, which takes tens of seconds per case.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readPortIndex } from '../server/seed/port-index';
import { SEA_NETWORK_FILE, worldLand } from '../shared/backend/sea-router';
import { coastCells } from '../shared/geo/coast-cells';
import { coastWaypoints } from '../shared/geo/coast-waypoints';
import { landAt } from '../shared/geo/land-crossing';
import { landIndex } from '../shared/geo/land-index';
import { type LatLon, type PortInput, type SeaRouter, createSeaRouter } from '../shared/geo/sea';

const CASES = Number(process.env.BENCH_CASES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REF_CASES = Number(process.env.BENCH_REF_CASES ?? 4);
const N = 50;
// A full collection before each memory reading, so that it counts what is kept, not garbage.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ms = (t: number) => `${t.toFixed(t < 10 ? 3 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

/** Random sea positions: the Mediterranean (Black Sea and Biscay left out) and the North Atlantic. */
function cases(count: number): { region: string; at: LatLon }[] {
  const r = rng(20261202);
  const out: { region: string; at: LatLon }[] = [];
  while (out.length < count) {
    const med = out.length % 2 === 0;
    const at = med ? { lat: 31 + r() * 14.5, lon: -5.5 + r() * 41.5 } : { lat: r() * 60, lon: -60 + r() * 50 };
    if (med && ((at.lat > 40.5 && at.lon > 26.5) || (at.lon < 0 && at.lat > 40))) continue;
    if (!landAt(at.lat, at.lon)) out.push({ region: med ? 'Mediterranean' : 'Atlantic', at });
  }
  return out;
}

/** World Port Index rows as router ports; the index repeats two numbers (400, 49460), so ids take a suffix. */
function worldPorts(): PortInput[] {
  const rows = readPortIndex(
    readFileSync(join(__dirname, '..', 'shared', 'data', 'ports', 'world-port-index.csv'), 'utf8'),
  );
  const seen = new Map<string, number>();
  return rows.map((p) => {
    const n = (seen.get(p.wpi) ?? 0) + 1;
    seen.set(p.wpi, n);
    return { id: n === 1 ? p.wpi : `${p.wpi}-${n}`, lat: p.lat, lon: p.lon };
  });
}

/** The plain way: one point-to-point Dijkstra per port, then sort (ties by id, as Haven). */
function reference(router: SeaRouter, ports: PortInput[], at: LatLon) {
  return ports
    .map((p) => ({ id: p.id, distanceNm: router.distanceNm(at, p.id) }))
    .filter((p) => Number.isFinite(p.distanceNm))
    .sort((a, b) => a.distanceNm - b.distanceNm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, N);
}

/** How fast this machine is, to read the figures by: a plain loop of 10^8 multiply-adds. */
function calibrate(): number {
  const a = new Float64Array(1e6);
  let s = 0;
  const [, t] = time(() => {
    for (let r = 0; r < 100; r++) for (let i = 0; i < a.length; i++) s += a[i] * r;
  });
  return s === 0 ? t : t;
}

function main(): void {
  console.log(`machine: a plain 10^8-step loop takes ${ms(calibrate())}; load average ${loadavg()[0].toFixed(1)}`);
  collect();
  const mem0 = process.memoryUsage();
  const [, landMs] = time(() => landIndex());
  const [, cellsMs] = time(() => {
    coastCells();
    landAt(0, 0);
  });
  const [waypoints, waypointsMs] = time(() => coastWaypoints());
  const [router, routerMs] = time(() =>
    createSeaRouter(JSON.parse(readFileSync(SEA_NETWORK_FILE, 'utf8')), worldLand, { waypoints }),
  );
  const ports = worldPorts();
  const [joined, portsMs] = time(() => router.setPorts(ports));
  collect();
  const mem1 = process.memoryUsage();
  const g = router.graph;
  const graphBytes = [g.lat, g.lon, g.first, g.to, g.nm, g.line, g.lineStart, g.coords].reduce(
    (n, a) => n + a.byteLength,
    0,
  );
  const notJoined = joined.skipped.length ? ` (not: ${joined.skipped.map((p) => p.id).join(', ')})` : '';
  console.log(
    `graph: ${g.networkNodes} network nodes + ${g.nodes - g.networkNodes} coastal waypoints, ${g.to.length / 2} ` +
      `edges (${router.links} waypoint links); ${joined.joined} of ${joined.ports} ports joined${notJoined}`,
  );
  console.log(
    `start-up: land index ${ms(landMs)}, coast cells ${ms(cellsMs)}, waypoints ${ms(waypointsMs)}, read network ` +
      `and build router ${ms(routerMs)} (of which graph ${ms(router.buildMs)}), join ports ${ms(portsMs)}; ` +
      `total ${ms(landMs + cellsMs + waypointsMs + routerMs + portsMs)}`,
  );
  console.log(
    `memory kept: graph arrays ${mb(graphBytes)}; in all (land index, coast cells, graph, grid, ports) JS heap ` +
      `+${mb(mem1.heapUsed - mem0.heapUsed)} and typed arrays +${mb(mem1.arrayBuffers - mem0.arrayBuffers)}; ` +
      `process rss ${mb(mem1.rss)}`,
  );

  const all = cases(CASES);
  const perCase = new Map<number, number[]>();
  let cpu0 = process.cpuUsage();
  for (let round = 0; round <= ROUNDS; round++) {
    if (round === 1) cpu0 = process.cpuUsage();
    all.forEach(({ at }, i) => {
      const [, t] = time(() => router.nearestPorts(at, N));
      if (round > 0) perCase.set(i, [...(perCase.get(i) ?? []), t]); // round 0 warms up
    });
  }
  const cpu = process.cpuUsage(cpu0);
  const calls = all.length * ROUNDS;
  // Two views of the same runs: every run, and each case's median run (which a pause of the
  // machine, shared with other work, does not move).
  const report = (label: string, cases: number[]) => {
    const runs = cases.flatMap((i) => perCase.get(i)!);
    const medians = cases.map((i) => quantile(perCase.get(i)!, 0.5));
    console.log(
      `  ${label}: every run median ${ms(quantile(runs, 0.5))}, p99 ${ms(quantile(runs, 0.99))}; per-case ` +
        `medians: median ${ms(quantile(medians, 0.5))}, p99 ${ms(quantile(medians, 0.99))}, ` +
        `max ${ms(Math.max(...medians))}`,
    );
  };
  console.log(
    `\nHaven nearestPorts(n=${N}) over ${ports.length} ports, ${all.length} cases x ${ROUNDS} rounds (process ` +
      `CPU, all threads: ${ms((cpu.user + cpu.system) / 1000 / calls)} per case):`,
  );
  report(
    'all',
    all.map((_, i) => i),
  );
  for (const region of ['Mediterranean', 'Atlantic'])
    report(
      region,
      all.flatMap((c, i) => (c.region === region ? [i] : [])),
    );

  const chosen = all.slice(0, REF_CASES);
  const refTimes: number[] = [];
  let mismatches = 0;
  for (const { region, at } of chosen) {
    const [ref, t] = time(() => reference(router, ports, at));
    refTimes.push(t);
    const ours = router.nearestPorts(at, N);
    const same =
      ours.length === ref.length &&
      ours.every((o, k) => o.id === ref[k].id && Math.abs(o.distanceNm - ref[k].distanceNm) < 1e-6);
    if (!same) mismatches++;
    console.log(
      `  reference case ${region} ${at.lat.toFixed(2)},${at.lon.toFixed(2)}: ${ms(t)}, ` +
        `top ${N} ${same ? 'identical' : 'DIFFERENT'}`,
    );
  }
  if (chosen.length === 0) return;
  const havenSame = chosen.map((_, i) => quantile(perCase.get(i)!, 0.5));
  console.log(
    `\nplain per-port Dijkstra (${ports.length} searches per case), ${chosen.length} cases: median ` +
      `${ms(quantile(refTimes, 0.5))}, max ${ms(Math.max(...refTimes))}`,
  );
  console.log(
    `ratio reference / Haven on the same cases (medians): ` +
      `${(quantile(refTimes, 0.5) / quantile(havenSame, 0.5)).toFixed(0)}x; top ${N} mismatches: ${mismatches}`,
  );
  if (mismatches > 0) process.exitCode = 1;
}

main();
