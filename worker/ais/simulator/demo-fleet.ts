/**
 * The demo's traffic in the central Mediterranean, between Tunisia, Sicily, Malta and Libya: the
 * demo crew's rescue ship on patrol south of Lampedusa, two merchant ships on their runs, a sailing
 * yacht with a class B transponder and a civil reconnaissance aircraft flying its search pattern.
 * Every waypoint is at sea (the simulator test checks every position against the land index).
 */
import type { Waypoint } from './route';

/** How a simulated craft reports itself. */
export type Transponder = 'class-a' | 'class-b' | 'sar-aircraft';

/** One simulated vessel or aircraft. */
export interface SimulatedCraft {
  mmsi: number;
  name: string;
  callsign?: string;
  /** AIS ship type (51 search and rescue, 70 cargo, 80 tanker, 36 sailing). */
  shiptype?: number;
  transponder: Transponder;
  knots: number;
  /** Metres, for the aircraft. */
  altitude?: number;
  route: Waypoint[];
  /** Round a loop (true) or out and back (false). */
  loop: boolean;
  destination?: string;
  /** Length and beam in metres, for the static report. */
  size?: { length: number; beam: number };
}

/** The rescue ship the demo crew user belongs to; listed as a rescue asset by `haven demo`. */
export const DEMO_RESCUE_MMSI = 247000001;

/** The demo fleet. */
export const DEMO_FLEET: readonly SimulatedCraft[] = [
  {
    mmsi: DEMO_RESCUE_MMSI,
    name: 'HAVEN RESCUE',
    callsign: 'IHVN1',
    shiptype: 51,
    transponder: 'class-a',
    knots: 9,
    route: [
      { lat: 34.6, lon: 12.2 },
      { lat: 34.3, lon: 13.0 },
      { lat: 34.8, lon: 13.6 },
      { lat: 35.15, lon: 12.9 },
    ],
    loop: true,
    destination: 'SAR PATROL',
    size: { length: 62, beam: 12 },
  },
  {
    mmsi: 636019876,
    name: 'MED CARRIER',
    callsign: 'D5QX7',
    shiptype: 70,
    transponder: 'class-a',
    knots: 14,
    route: [
      { lat: 37.45, lon: 11.3 },
      { lat: 36.4, lon: 13.2 },
      { lat: 36.25, lon: 14.6 },
      { lat: 35.6, lon: 15.5 },
      { lat: 34.6, lon: 18.0 },
    ],
    loop: false,
    destination: 'PIRAEUS',
    size: { length: 190, beam: 30 },
  },
  {
    mmsi: 219018765,
    name: 'NORDIC TRADER',
    callsign: 'OZTR2',
    shiptype: 80,
    transponder: 'class-a',
    knots: 12,
    route: [
      { lat: 35.7, lon: 14.0 },
      { lat: 34.9, lon: 12.0 },
      { lat: 34.5, lon: 11.6 },
    ],
    loop: false,
    destination: 'SFAX',
    size: { length: 140, beam: 22 },
  },
  {
    mmsi: 235123456,
    name: 'SOLEIL',
    shiptype: 36,
    transponder: 'class-b',
    knots: 5,
    route: [
      { lat: 36.3, lon: 12.4 },
      { lat: 35.75, lon: 12.45 },
    ],
    loop: false,
  },
  {
    mmsi: 111247501,
    name: 'SEABIRD',
    transponder: 'sar-aircraft',
    knots: 140,
    altitude: 450,
    route: [
      { lat: 35.0, lon: 12.0 },
      { lat: 35.0, lon: 13.6 },
      { lat: 34.4, lon: 13.6 },
      { lat: 34.4, lon: 12.0 },
    ],
    loop: true,
  },
];
