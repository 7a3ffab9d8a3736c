/**
 * The demo simulator speaks real AIS: its sentences decode with Haven's decoder into the fleet's
 * messages, and the fleet moves plausibly, at its speed and never across land.
 */
import { AisDecoder, type AisMessage } from '../../../shared/ais';
import { greatCircleNm } from '../../../shared/geo/distance';
import { isOnLand } from '../../../shared/geo/land';
import { toPosition } from '../../../worker/ais/message-to-vessel';
import { DEMO_FLEET, DEMO_RESCUE_MMSI } from '../../../worker/ais/simulator/demo-fleet';
import { Route } from '../../../worker/ais/simulator/route';
import { Simulator } from '../../../worker/ais/simulator/simulator';

const T0 = Date.parse('2026-06-14T12:00:00Z');

function decode(lines: string[]): AisMessage[] {
  const d = new AisDecoder();
  return lines
    .map((l) => d.push(l))
    .map((r) => {
      if (r.skipped) throw new Error(r.skipped);
      return r.message;
    })
    .filter((m): m is AisMessage => m !== undefined);
}

describe('the demo simulator', () => {
  // Only `sentences` is used: no ingest is needed to see what would be sent.
  const sim = new Simulator(null as never);

  test("a tick is real NMEA: each craft's position, and with static data its name and destination", () => {
    const messages = decode(sim.sentences(T0, true));
    const label = { source: 'simulator' as const, rescue: new Set([String(DEMO_RESCUE_MMSI)]) };
    const positions = messages.map((m) => toPosition(m, new Date(T0).toISOString(), label)).filter(Boolean);
    expect(positions.map((p) => [p!.mmsi, p!.kind]).sort()).toEqual(
      DEMO_FLEET.map((c) => [
        String(c.mmsi),
        c.mmsi === DEMO_RESCUE_MMSI ? 'rescue' : c.transponder === 'sar-aircraft' ? 'aircraft' : 'vessel',
      ]).sort(),
    );
    expect(messages.filter((m) => m.type === 5)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          mmsi: DEMO_RESCUE_MMSI,
          shipname: 'HAVEN RESCUE',
          shiptype: 51,
          destination: 'SAR PATROL',
        }),
      ]),
    );
    expect(messages.find((m) => m.type === 9)).toMatchObject({ mmsi: 111247501, alt: 450, speed: 140 });
    expect(messages.find((m) => m.type === 18)).toMatchObject({ mmsi: 235123456 });
    expect(decode(sim.sentences(T0, false)).some((m) => m.type === 5)).toBe(false);
  });

  test('over a day, every craft stays at sea in the central Mediterranean and moves at its speed', () => {
    for (const craft of DEMO_FLEET) {
      const route = new Route(craft.route, craft.knots, craft.loop);
      for (let t = T0; t < T0 + 24 * 3_600_000; t += 5 * 60_000) {
        const p = route.at(t);
        expect({ mmsi: craft.mmsi, lat: p.lat, lon: p.lon, onLand: isOnLand(p.lat, p.lon) }).toMatchObject({
          onLand: false,
        });
        expect(p.lat).toBeGreaterThan(33);
        expect(p.lat).toBeLessThan(38);
        // One minute later it is at most its speed's distance further on (less when it turns at a waypoint).
        const next = route.at(t + 60_000);
        // (Within 1%: legs are interpolated on a flat chart, distances measured on the sphere.)
        expect(greatCircleNm(p, next)).toBeLessThanOrEqual((craft.knots / 60) * 1.01);
        expect(greatCircleNm(p, next)).toBeGreaterThan(craft.knots / 60 / 2);
      }
    }
  });
});
