/**
 * Sea distances, routes and port rankings over the Eurostat MARNET network (see README-section.md).
 * Browser-safe: give it the parsed network and a LandModel; shared/backend/sea-router.ts does both
 * in Node.
 */
export { type SeaGraph, type SeaGraphOptions, buildSeaGraph } from './graph';
export { type Joined, type LandModel, MARGIN_NM, allowanceOf } from './join';
export type { PortInput, PortsReport } from './ports';
export type { PortDistance } from './rank';
export { type SeaRoute, type SeaRouter, type SeaRouterOptions, createSeaRouter } from './router';
export { DEFAULT_LINKING, type WaypointLinking } from './waypoints';
export { type LatLon, EARTH_RADIUS_NM, greatCircle } from './sphere';
