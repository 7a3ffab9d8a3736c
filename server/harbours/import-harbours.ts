import * as z from 'zod';
import { Harbour } from '../../shared/domain/harbour';
import { harbourIdFromName as slug } from '../../shared/domain/ids';
import { readPortIndex } from '../seed/port-index';

/** The outcome of reading an import file: harbours to store and the rows skipped, each with a reason. */
export interface HarbourImport {
  harbours: Harbour[];
  skipped: { row: number; reason: string }[];
}

const GeoJsonPoint = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).min(2) }),
  properties: z.record(z.string(), z.unknown()).nullable(),
});

/**
 * Read harbours from a World Port Index CSV (its column names) or GeoJSON points (properties name,
 * kind, country, willing, capacity, medical). Imported harbours are NOT willing unless the file
 * says so: a port pledges, an import does not pledge for it.
 */
export function parseHarbourFile(text: string): HarbourImport {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const skipped: HarbourImport['skipped'] = [];
  const harbours: Harbour[] = [];
  const add = (row: number, candidate: unknown) => {
    const h = Harbour.safeParse(candidate);
    if (h.success) harbours.push(h.data);
    else skipped.push({ row, reason: h.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  };
  if (trimmed.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (err) {
      throw new Error(`not valid JSON: ${(err as Error).message}`);
    }
    const features = (doc as { features?: unknown[] }).features;
    if (!Array.isArray(features)) throw new Error('GeoJSON must be a FeatureCollection');
    features.forEach((f, i) => {
      const p = GeoJsonPoint.safeParse(f);
      if (!p.success) {
        skipped.push({ row: i + 1, reason: 'not a Point feature' });
        return;
      }
      const props = p.data.properties ?? {};
      const [lon, lat] = p.data.geometry.coordinates;
      add(i + 1, {
        id: typeof props.id === 'string' ? props.id : slug(String(props.name ?? '')),
        name: props.name,
        kind: props.kind ?? 'port',
        lat,
        lon,
        country: props.country ?? '',
        willing: props.willing ?? false,
        capacity: props.capacity ?? 0,
        medical: props.medical ?? false,
        contacts: [],
      });
    });
    return { harbours, skipped };
  }
  if (!/^wpi,|,name,/.test(trimmed.split(/\r?\n/, 1)[0] ?? ''))
    throw new Error('expected a World Port Index CSV (header with wpi,name,...) or GeoJSON');
  readPortIndex(trimmed).forEach((r, i) =>
    add(i + 2, {
      id: slug(`${r.name}-${r.unlocode.replace(/\s/g, '')}`),
      name: r.name,
      kind: 'port',
      lat: r.lat,
      lon: r.lon,
      country: r.country,
      willing: false,
      capacity: 0,
      medical: r.medical === 'Yes',
      contacts: [],
    }),
  );
  return { harbours, skipped };
}
