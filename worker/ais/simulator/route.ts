/**
 * Where a simulated vessel is at a given time: it sails a route of waypoints at constant speed,
 * either round a closed loop (a patrol, an aircraft's racetrack) or out and back (a merchant on its
 * run). Legs are short enough for a local flat-earth approximation (metres per degree of longitude
 * shrink with the cosine of the latitude).
 */
import { greatCircleNm } from '../../../shared/geo/distance';

/** A point on the chart. */
export interface Waypoint {
  lat: number;
  lon: number;
}

/** A position along a route and the course being sailed there (degrees true). */
export interface RoutePosition extends Waypoint {
  course: number;
}

/** A route sailed at constant speed. */
export class Route {
  private readonly legs: { from: Waypoint; to: Waypoint; nm: number; course: number }[];
  private readonly lengthNm: number;

  constructor(
    waypoints: Waypoint[],
    private readonly knots: number,
    loop: boolean,
  ) {
    if (waypoints.length < 2 || knots <= 0) throw new RangeError('a route needs two waypoints and a speed');
    const points = loop ? [...waypoints, waypoints[0]!] : [...waypoints, ...waypoints.slice(0, -1).reverse()];
    this.legs = points.slice(1).map((to, i) => {
      const from = points[i]!;
      return { from, to, nm: greatCircleNm(from, to), course: courseBetween(from, to) };
    });
    this.lengthNm = this.legs.reduce((sum, l) => sum + l.nm, 0);
  }

  /** The position `elapsedMs` after setting out from the first waypoint (the route repeats). */
  at(elapsedMs: number): RoutePosition {
    let nm = ((this.knots * elapsedMs) / 3_600_000) % this.lengthNm;
    for (const leg of this.legs) {
      if (nm <= leg.nm) {
        const f = leg.nm === 0 ? 0 : nm / leg.nm;
        return {
          lat: leg.from.lat + f * (leg.to.lat - leg.from.lat),
          lon: leg.from.lon + f * (leg.to.lon - leg.from.lon),
          course: leg.course,
        };
      }
      nm -= leg.nm;
    }
    const last = this.legs[this.legs.length - 1]!;
    return { ...last.to, course: last.course };
  }
}

/** Initial course from `a` to `b` on a local flat chart, 0-360 degrees. */
function courseBetween(a: Waypoint, b: Waypoint): number {
  const dx = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const dy = b.lat - a.lat;
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}
