/**
 * The ports a router ranks, joined to the network once when the list is given: ranking a case then
 * only searches the network. Joins are kept by id and position, so giving a list again after one
 * harbour changed re-joins that harbour only.
 */
import { type JoinContext, type Joined, joinPlace } from './join';
import { isPosition, unitInto } from './sphere';

/** A port as the router needs it. */
export interface PortInput {
  id: string;
  lat: number;
  lon: number;
}

/** What became of a port list: ports that cannot be reached are listed with the reason. */
export interface PortsReport {
  ports: number;
  joined: number;
  /** Ports that could not be used (bad position) or joined to the network; a land-free straight
   * line can still reach the latter, so they stay rankable. */
  skipped: { id: string; reason: string }[];
  /** How many joins were computed (the others were kept from the previous list), and how long it took. */
  computed: number;
  ms: number;
}

/** The ports, by index, with the network nodes each is joined to and the ports at each node. */
export interface PortTable {
  ids: string[];
  index: Map<string, number>;
  /** Unit vectors, three numbers per port, for a quick great-circle filter. */
  unit: Float64Array;
  joins: Joined[];
  /** Ports joined at node v: atPort[atFirst[v] .. atFirst[v + 1]), with the join lengths in atNm. */
  atFirst: Int32Array;
  atPort: Int32Array;
  atNm: Float64Array;
}

/** Joins the ports, reusing the joins of `previous` for ports whose id and position are unchanged. */
export function buildPortTable(
  ctx: JoinContext,
  ports: readonly PortInput[],
  previous?: PortTable,
): { table: PortTable; report: PortsReport } {
  const started = performance.now();
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const p of ports) {
    if (seen.has(p.id)) duplicates.add(p.id);
    seen.add(p.id);
  }
  // Two ports under one id would make rankings and routes ambiguous: refuse rather than guess.
  if (duplicates.size > 0) throw new RangeError(`duplicate port ids: ${[...duplicates].slice(0, 10).join(', ')}`);
  const skipped: PortsReport['skipped'] = [];
  const kept = ports.filter((p) => {
    if (typeof p.id === 'string' && isPosition(p)) return true;
    skipped.push({ id: String(p.id), reason: 'no valid position' });
    return false;
  });
  const n = kept.length;
  const unit = new Float64Array(3 * n);
  const joins: Joined[] = [];
  let computed = 0;
  kept.forEach((p, i) => {
    unitInto(p.lat, p.lon, unit, 3 * i);
    const old = previous?.index.get(p.id);
    const reuse = old !== undefined && previous!.joins[old].lat === p.lat && previous!.joins[old].lon === p.lon;
    const join = reuse ? previous!.joins[old] : (computed++, joinPlace(ctx, p));
    if (join.nodes.length === 0) skipped.push({ id: p.id, reason: 'no network node reachable without crossing land' });
    joins.push(join);
  });
  const atFirst = new Int32Array(ctx.graph.nodes + 1);
  for (const j of joins) for (const v of j.nodes) atFirst[v + 1]++;
  for (let v = 0; v < ctx.graph.nodes; v++) atFirst[v + 1] += atFirst[v];
  const fill = atFirst.slice(0, ctx.graph.nodes);
  const atPort = new Int32Array(atFirst[ctx.graph.nodes]);
  const atNm = new Float64Array(atFirst[ctx.graph.nodes]);
  joins.forEach((j, p) =>
    j.nodes.forEach((v, k) => {
      atPort[fill[v]] = p;
      atNm[fill[v]++] = j.nm[k];
    }),
  );
  const table: PortTable = {
    ids: kept.map((p) => p.id),
    index: new Map(kept.map((p, i) => [p.id, i])),
    unit,
    joins,
    atFirst,
    atPort,
    atNm,
  };
  const report: PortsReport = {
    ports: ports.length,
    joined: joins.filter((j) => j.nodes.length > 0).length,
    skipped,
    computed,
    ms: performance.now() - started,
  };
  return { table, report };
}
