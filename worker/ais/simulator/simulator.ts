/**
 * The demo simulator: the demo fleet's AIS sentences, real `!AIVDM` NMEA from the encoder, pushed
 * into the ingest core as the feed `simulator`, the same path a TCP receiver's lines take. Positions
 * follow from the wall clock, so a restarted demo carries on where the fleet would be.
 */
import { encodeAis, type EncodableMessage } from '../../../shared/ais/encode';
import type { AisIngest } from '../ais-ingest';
import type { IngestFeed } from '../ingest-feed';
import { DEMO_FLEET, type SimulatedCraft } from './demo-fleet';
import { Route } from './route';

/** Static reports (type 5) go out this often; position reports every tick. */
const STATIC_EVERY_MS = 60_000;

/** The messages a craft sends at time `now` (ms since the epoch); `withStatic` adds its type 5. */
export function craftMessages(
  craft: SimulatedCraft,
  route: Route,
  now: number,
  withStatic: boolean,
): EncodableMessage[] {
  const p = route.at(now);
  const lat = Math.round(p.lat * 1e5) / 1e5;
  const lon = Math.round(p.lon * 1e5) / 1e5;
  const second = new Date(now).getUTCSeconds();
  const course = Math.round(p.course * 10) / 10;
  switch (craft.transponder) {
    case 'sar-aircraft':
      return [{ type: 9, mmsi: craft.mmsi, alt: craft.altitude, speed: craft.knots, lat, lon, course, second }];
    case 'class-b':
      return [
        {
          type: 18,
          mmsi: craft.mmsi,
          speed: craft.knots,
          lat,
          lon,
          course,
          heading: Math.round(p.course) % 360,
          second,
        },
      ];
    case 'class-a': {
      const position: EncodableMessage = {
        type: 1,
        mmsi: craft.mmsi,
        status: 0,
        turn: 0,
        speed: craft.knots,
        lat,
        lon,
        course,
        heading: Math.round(p.course) % 360,
        second,
      };
      if (!withStatic) return [position];
      const bow = craft.size ? Math.round(craft.size.length * 0.7) : undefined;
      const side = craft.size ? Math.round(craft.size.beam / 2) : undefined;
      return [
        position,
        {
          type: 5,
          mmsi: craft.mmsi,
          ais_version: 2,
          callsign: craft.callsign,
          shipname: craft.name,
          shiptype: craft.shiptype,
          epfd: 1,
          dte: 0,
          to_bow: bow,
          to_stern: craft.size && bow !== undefined ? craft.size.length - bow : undefined,
          to_port: side,
          to_starboard: side,
          destination: craft.destination,
        },
      ];
    }
  }
}

/** Runs the fleet until stopped. */
export class Simulator {
  private readonly fleet: { craft: SimulatedCraft; route: Route }[];
  private feed: IngestFeed | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastStatic = 0;
  private sequence = 0;

  constructor(
    private readonly ingest: AisIngest,
    fleet: readonly SimulatedCraft[] = DEMO_FLEET,
    private readonly tickMs = 2000,
  ) {
    this.fleet = fleet.map((craft) => ({ craft, route: new Route(craft.route, craft.knots, craft.loop) }));
  }

  /** The NMEA lines of one tick at `now`. */
  sentences(now: number, withStatic: boolean): string[] {
    return this.fleet.flatMap(({ craft, route }) =>
      craftMessages(craft, route, now, withStatic).flatMap((m) => {
        this.sequence = (this.sequence + 1) % 10;
        return encodeAis(m, { sequenceId: this.sequence, channel: this.sequence % 2 ? 'A' : 'B' });
      }),
    );
  }

  /** Starts sending, at once and then every tick. */
  start(): void {
    this.feed = this.ingest.openFeed('simulator', 'simulator');
    this.tick();
    this.timer = setInterval(() => this.tick(), this.tickMs);
  }

  /** Stops sending. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.feed?.close();
    this.feed = null;
  }

  private tick(): void {
    const now = Date.now();
    const withStatic = now - this.lastStatic >= STATIC_EVERY_MS;
    if (withStatic) this.lastStatic = now;
    this.feed?.text(this.sentences(now, withStatic).join('\n'));
  }
}
