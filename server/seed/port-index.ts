/** One row of the World Port Index extract (shared/data/ports). */
export interface PortRow {
  wpi: string;
  name: string;
  unlocode: string;
  country: string;
  medical: string;
  lat: number;
  lon: number;
  harborSize: string;
}

/** Split one CSV line, honouring double quotes (names like "Porto, Nuovo"). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parse the World Port Index CSV by its header names; rows without coordinates are skipped. */
export function readPortIndex(csv: string): PortRow[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim());
  const cols = splitCsvLine(header);
  const at = (name: string) => cols.indexOf(name);
  return lines
    .map(splitCsvLine)
    .map((f) => ({
      wpi: f[at('wpi')],
      name: f[at('name')],
      unlocode: f[at('unlocode')],
      country: f[at('country')],
      medical: f[at('medical')],
      harborSize: f[at('harbor_size')],
      lat: Number(f[at('lat')]),
      lon: Number(f[at('lon')]),
    }))
    .filter((r) => r.name && Number.isFinite(r.lat) && Number.isFinite(r.lon));
}
