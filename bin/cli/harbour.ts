import fs from 'node:fs';
import { parseHarbourFile } from '../../server/harbours/import-harbours';
import { UsageError } from './usage-error';
import { withStore } from './with-store';

/** `haven harbour import <file>`: World Port Index CSV or GeoJSON points; existing ids are left untouched. */
export async function run(args: string[]): Promise<number> {
  const [sub, file] = args;
  if (sub !== 'import' || !file) throw new UsageError('usage: haven harbour import <file.csv|file.geojson>');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let parsed;
  try {
    parsed = parseHarbourFile(text);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const created = await withStore(async (store) => {
    let n = 0;
    for (const h of parsed.harbours) if (await store.harbours.create(h)) n++;
    return n;
  });
  for (const s of parsed.skipped.slice(0, 20)) process.stderr.write(`skipped row ${s.row}: ${s.reason}\n`);
  process.stdout.write(
    `imported ${created} harbours ` +
      `(${parsed.harbours.length - created} already existed, ${parsed.skipped.length} rows skipped)\n`,
  );
  return 0;
}
