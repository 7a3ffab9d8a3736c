/**
 * `npm run bench map`: the time to apply one batch of moving vessels and paint the frame that shows
 * it, for Haven's canvas vessel layer and for a plain Leaflet canvas layer of L.circleMarkers
 * (preferCanvas) updated the same way, in the same page and run, at 5,000 and 20,000 vessels.
 * The page is bundled by esbuild into a temporary folder and opened from disk: no network.
 *
 * Two figures per batch: the main thread's work (the update, then the frame that shows it from its
 * start until painted) and the latency until that frame is painted, which adds the wait for the
 * display's next frame (up to 16.7 ms at 60 Hz, whatever the work). The goal (16 ms a batch at
 * 20,000 vessels) is on the work: that is what has to fit in a frame.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Sample } from './map/page';

const ROOT = path.join(__dirname, '..');
const SIZES = [5_000, 20_000];
/** Rounds of batches per layer, taken in turns (Haven, plain, Haven…) so that drift hits both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const PER_ROUND = 8;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const ms = (x: number): string => `${x.toFixed(2).padStart(8)} ms`;

const median = (xs: number[]): number => quantile(xs, 0.5);

function line(label: string, samples: Sample[]): { median: number; p95: number } {
  const work = samples.map((s) => s.workMs);
  const latency = samples.map((s) => s.latencyMs);
  const out = { median: median(work), p95: quantile(work, 0.95) };
  console.log(
    `  ${label.padEnd(30)} work median ${ms(out.median)} p95 ${ms(out.p95)} | ` +
      `to painted median ${ms(median(latency))} p95 ${ms(quantile(latency, 0.95))}` +
      ` | update ${ms(median(samples.map((s) => s.syncMs)))}, draw ${ms(median(samples.map((s) => s.drawMs)))}`,
  );
  return out;
}

async function bundle(dir: string): Promise<void> {
  await build({
    entryPoints: [path.join(__dirname, 'map/page.ts')],
    outfile: path.join(dir, 'page.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100'],
    minify: true,
    logLevel: 'warning',
  });
  copyFileSync(require.resolve('leaflet/dist/leaflet.css'), path.join(dir, 'leaflet.css'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="leaflet.css"><style>html,body{margin:0;height:100%}
#map{width:100%;height:100%;background:#173049}
.vessel-a11y:not(:focus-within){position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}</style>
</head><body><div id="map"></div><script src="page.js"></script></body></html>`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'haven-map-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    await bundle(dir);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (err) => {
      throw err;
    });
    await page.goto(`file://${path.join(dir, 'index.html')}`);
    await page.locator('body[data-ready=true]').waitFor();
    console.log(
      `Chromium ${browser.version()}, 1440x900, software rendering (--disable-gpu); ` +
        `${ROUNDS * PER_ROUND} batches per layer and size`,
    );
    line('a frame with nothing to draw', await page.evaluate(() => window.havenBench.idle(30)));
    console.log('');
    const summary: string[] = [];
    for (const n of SIZES) {
      for (const share of [1, 0.05]) {
        await page.evaluate((count) => window.havenBench.setup(count), n);
        const runs: Record<'haven' | 'plain', Sample[]> = { haven: [], plain: [] };
        await page.evaluate(() => window.havenBench.run('haven', 3, 1));
        await page.evaluate(() => window.havenBench.run('plain', 3, 1));
        for (let round = 0; round < ROUNDS; round++) {
          for (const which of ['haven', 'plain'] as const) {
            runs[which].push(
              ...(await page.evaluate(([w, c, s]) => window.havenBench.run(w, c, s), [
                which,
                PER_ROUND,
                share,
              ] as const)),
            );
          }
        }
        const moved = share === 1 ? 'all moving' : `${share * 100}% moving per batch`;
        console.log(`${n.toLocaleString('en-US')} vessels, ${moved}:`);
        const h = line('Haven canvas vessel layer', runs.haven);
        const p = line('Leaflet L.circleMarker canvas', runs.plain);
        const verdict = `${(p.median / h.median).toFixed(1)}x less work (median), ${(p.p95 / h.p95).toFixed(1)}x (p95)`;
        console.log(`  ratio: Haven ${verdict}\n`);
        summary.push(
          `${n.toLocaleString('en-US')} ${moved}: Haven ${h.median.toFixed(1)} ms (p95 ${h.p95.toFixed(1)}) ` +
            `vs plain ${p.median.toFixed(1)} ms (p95 ${p.p95.toFixed(1)}) of work per batch; ${verdict}`,
        );
      }
    }
    const hover = await page.evaluate(() => {
      window.havenBench.setup(20_000);
      return window.havenBench.hover(200);
    });
    console.log(
      `hover hit test at 20,000 vessels: median ${ms(quantile(hover, 0.5))}, p95 ${ms(quantile(hover, 0.95))}\n`,
    );
    console.log(summary.join('\n'));
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
