/**
 * Search-and-rescue regions of the central Mediterranean (shared/data/sar): every region that
 * contains a position, with its rescue coordination centre. Regions overlap where the coastal
 * states' claims overlap (Malta and Italy around Lampedusa), so the answer is a list, in the order
 * of the data file, and may be empty outside the regions the file covers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { SrrRef } from '../../domain/position';

const FILE = 'srr-central-med.geojson';
// Beside the sources (tsx, jest), or back in the source tree when running from a tsc build in dist/.
const PLACES = [
  join(__dirname, '..', '..', 'data', 'sar', FILE),
  join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'sar', FILE),
];

interface Region {
  ref: SrrRef;
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
}

let regions: Region[] | undefined;

/** The regions of the data file, read once on first use. */
function load(): Region[] {
  if (regions) return regions;
  const file = PLACES.find((p) => existsSync(p));
  if (!file) throw new Error(`search and rescue regions not found (looked for ${PLACES.join(', ')})`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  regions = data.features.map((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`${FILE}: region ${JSON.stringify(f.properties)} is a ${f.geometry.type}, not a polygon`);
    }
    // Parsed so that a malformed file fails loudly here rather than as an empty region name later.
    const ref = SrrRef.parse({ code: f.properties?.code, name: f.properties?.name, rcc: f.properties?.rcc });
    return { ref, geometry, bbox: bboxOf(geometry) };
  });
  return regions;
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** Every search-and-rescue region containing the position (edges included), possibly none. */
export function srrFor(lat: number, lon: number): SrrRef[] {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return [];
  const at = point([lon, lat]);
  return load()
    .filter(({ bbox: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n)
    .filter((r) => booleanPointInPolygon(at, r.geometry))
    .map((r) => ({ ...r.ref }));
}

/** Every region of the data file, for listing and for drawing on the map. */
export function allSrrs(): SrrRef[] {
  return load().map((r) => ({ ...r.ref }));
}
