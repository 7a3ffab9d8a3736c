/**
 * The sea router for the server and the worker: reads the MARNET network from shared/data/sea once,
 * on first use, and builds the router with the world-atlas 1:10m land (land.ts, land-crossing.ts).
 * Node-only (it reads files); the router itself (shared/geo/sea) is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { atSeaBetween, landAt } from '../geo/land-crossing';
import { nearestCoastNm } from '../geo/land';
import { coastWaypoints } from '../geo/coast-waypoints';
import { type LandModel, type SeaRouter, type SeaRouterOptions, createSeaRouter } from '../geo/sea';

/** Where the network file is. */
export const SEA_NETWORK_FILE = join(__dirname, '..', 'data', 'sea', 'marnet-20km.geojson');

/** The world-atlas 1:10m land, as the sea router needs it. */
export const worldLand: LandModel = {
  inlandNm: (p) => (landAt(p.lat, p.lon) ? nearestCoastNm(p.lat, p.lon) : 0),
  atSea: (a, b, skipA, skipB, aOnLand) => atSeaBetween(a, b, skipA, skipB, aOnLand),
};

let router: SeaRouter | undefined;

/** The shared sea router, built on first use (a second or two: land index, network, node checks). */
export function seaRouter(): SeaRouter {
  router ??= loadSeaRouter();
  return router;
}

/** A new sea router over the network file (tests and benchmarks that want their own options). */
export function loadSeaRouter(options: SeaRouterOptions = {}, file = SEA_NETWORK_FILE): SeaRouter {
  const network = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  return createSeaRouter(network, worldLand, { waypoints: coastWaypoints(), ...options });
}
