/**
 * `npm run bench position`: parses per second of Haven's position parser against two well-known
 * npm coordinate parsers (geo-coordinates-parser, coordinate-parser) in the same run. The corpus
 * is examples.tsv plus generated texts in every shape Haven reads (decimal, DMS, DDM, SITREP,
 * packed NMEA, sentences, links, Iridium, Arabic digits). A reference is timed only on the texts
 * it reads correctly, and Haven is timed on that same subset, so each ratio compares like with like.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CoordinateParser from 'coordinate-parser';
import { convert } from 'geo-coordinates-parser';
import { parsePosition } from '../shared/geo/position';
import { checksum } from '../shared/geo/position/nmea';

type Sample = { text: string; lat: number; lon: number };
type Parser = { name: string; parse: (text: string) => { lat: number; lon: number } | null };

const SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const ARABIC = (s: string): string =>
  s
    .replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
    .replace(/\./g, '\u066b')
    .replace(/,/g, '\u060c');

/** One random position written in each of the shapes Haven reads, with its exact value. */
function variants(r: () => number): Sample[] {
  const [ld, lm1000, ls10] = [Math.floor(r() * 60) + 10, Math.floor(r() * 60000), Math.floor(r() * 600)];
  const [od, om1000, os10] = [Math.floor(r() * 40), Math.floor(r() * 60000), Math.floor(r() * 600)];
  const [ns, ew] = [r() < 0.85 ? 'N' : 'S', r() < 0.7 ? 'E' : 'W'];
  const [sl, so] = [ns === 'N' ? 1 : -1, ew === 'E' ? 1 : -1];
  const lm = Math.floor(lm1000 / 1000);
  const om = Math.floor(om1000 / 1000);
  const ddm = { lat: sl * (ld + lm1000 / 60000), lon: so * (od + om1000 / 60000) };
  const dms = { lat: sl * (ld + lm / 60 + ls10 / 36000), lon: so * (od + om / 60 + os10 / 36000) };
  const dec = { lat: Number(ddm.lat.toFixed(6)), lon: Number(ddm.lon.toFixed(6)) };
  const m3 = (x: number): string => (x / 1000).toFixed(3).padStart(6, '0');
  const s1 = (x: number): string => (x / 10).toFixed(1);
  const [latM, lonM] = [m3(lm1000), m3(om1000)];
  const nmeaBody = `GPRMC,120000,A,${ld}${latM},${ns},${pad(od, 3)}${lonM},${ew},3.1,270.0,010524,,`;
  const s = (text: string, v: { lat: number; lon: number }): Sample => ({ text, ...v });
  return [
    s(`${dec.lat}, ${dec.lon}`, dec),
    s(`${Math.abs(dec.lat)}${ns} ${Math.abs(dec.lon)}${ew}`, dec),
    s(`${ld}°${pad(lm, 2)}'${s1(ls10)}"${ns} ${pad(od, 3)}°${pad(om, 2)}'${s1(os10)}"${ew}`, dms),
    s(`${ld}º${pad(lm, 2)}′${s1(ls10)}″${ns} ${od}º${pad(om, 2)}′${s1(os10)}″${ew}`, dms),
    s(`${ld}°${latM}'${ns} ${pad(od, 3)}°${lonM}'${ew}`, ddm),
    s(`${ns} ${ld}° ${latM}' ${ew} ${pad(od, 3)}° ${lonM}'`, ddm),
    s(`${ns} ${ld}° ${latM.replace('.', ',')}' ${ew} ${od}° ${lonM.replace('.', ',')}'`, ddm),
    s(`${ld}${latM}${ns} ${pad(od, 3)}${lonM}${ew}`, ddm),
    s(`${ld}g${latM}${ns},${pad(od, 3)}g${lonM}${ew}`, ddm),
    s(`https://maps.google.com/?q=${dec.lat},${dec.lon}`, dec),
    s(`geo:${dec.lat},${dec.lon}`, dec),
    s(
      `I am here Lat${dec.lat >= 0 ? '+' : ''}${dec.lat} Lon${dec.lon >= 0 ? '+' : ''}${dec.lon} ` +
        'Alt+12ft GPS Sats seen 07 Sent via Iridium GO!',
      dec,
    ),
    s(`$${nmeaBody}*${checksum(nmeaBody)}`, ddm),
    s(ARABIC(`${dec.lat}, ${dec.lon}`), dec),
  ];
}

function corpus(): { examples: number; samples: Sample[] } {
  const file = join(__dirname, '..', 'shared', 'data', 'positions', 'examples.tsv');
  const examples = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter(([, lat]) => lat !== 'ERROR')
    .map(([text, lat, lon]) => ({ text, lat: Number(lat), lon: Number(lon) }));
  const r = rng(20240501);
  const generated: Sample[] = [];
  for (let i = 0; i < 150; i++) generated.push(...variants(r));
  return { examples: examples.length, samples: [...examples, ...generated] };
}

const PARSERS: Parser[] = [
  {
    name: 'haven parsePosition',
    parse: (t) => {
      const p = parsePosition(t);
      return p.ok ? p : null;
    },
  },
  {
    name: 'geo-coordinates-parser 1.7',
    parse: (t) => {
      try {
        const c = convert(t);
        return { lat: c.decimalLatitude, lon: c.decimalLongitude };
      } catch {
        return null;
      }
    },
  },
  {
    name: 'coordinate-parser 1.0',
    parse: (t) => {
      try {
        const c = new CoordinateParser(t);
        return { lat: c.getLatitude(), lon: c.getLongitude() };
      } catch {
        return null;
      }
    },
  },
];

/** Texts `parser` reads to within 1e-4 degrees (about 10 m). */
function handled(parser: Parser, samples: Sample[]): Sample[] {
  return samples.filter((s) => {
    const p = parser.parse(s.text);
    return p !== null && Math.abs(p.lat - s.lat) < 1e-4 && Math.abs(p.lon - s.lon) < 1e-4;
  });
}

let sink = 0;
/** Parses per second over `samples`, after a short warm-up. */
function throughput(parser: Parser, samples: Sample[]): number {
  const texts = samples.map((s) => s.text);
  const loop = (seconds: number): number => {
    const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
    const start = process.hrtime.bigint();
    let n = 0;
    do {
      for (const t of texts) sink += parser.parse(t) === null ? 0 : 1;
      n += texts.length;
    } while (process.hrtime.bigint() < end);
    return n / (Number(process.hrtime.bigint() - start) / 1e9);
  };
  loop(SECONDS / 4);
  return loop(SECONDS);
}

function row(cells: (string | number)[]): string {
  const widths = [28, 24, 7, 12, 10];
  return cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
}

const { examples, samples: all } = corpus();
const [haven, ...references] = PARSERS;
console.log(
  `corpus: ${all.length} position texts (${examples} from examples.tsv, ${all.length - examples} generated), ` +
    `${SECONDS} s per measurement\n`,
);
console.log(row(['parser', 'inputs', 'texts', 'parses/s', 'us/parse']));
const havenAll = throughput(haven, all);
console.log(
  row([
    haven.name,
    `all (${handled(haven, all).length} read right)`,
    all.length,
    Math.round(havenAll),
    (1e6 / havenAll).toFixed(2),
  ]),
);
for (const ref of references) {
  const subset = handled(ref, all);
  const refRate = throughput(ref, subset);
  const havenRate = throughput(haven, subset);
  console.log(
    row([
      ref.name,
      `the ${subset.length} it reads right`,
      subset.length,
      Math.round(refRate),
      (1e6 / refRate).toFixed(2),
    ]),
  );
  console.log(
    row([`  ${haven.name}`, 'same subset', subset.length, Math.round(havenRate), (1e6 / havenRate).toFixed(2)]),
  );
  console.log(`  ratio haven / ${ref.name.split(' ')[0]}: ${(havenRate / refRate).toFixed(2)}x`);
}
if (sink < 0) console.log(sink);
