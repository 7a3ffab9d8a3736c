/**
 * From decoded AIS messages to what the console shows: positions (types 1-3, 9, 18, 19, 27) and
 * static data (types 5, 19, 24). Positions the message marks "not available", or that no ship can
 * be at, are ignored; base stations (4) and aids to navigation (21) are not vessels.
 */
import type { AisMessage } from '../../shared/ais';
import type { VesselPosition } from '../../shared/domain/vessel';
import type { VesselStatic } from '../../shared/backend/store/vessels.store';

/** How a feed's positions are labelled. */
export interface Labelling {
  source: VesselPosition['source'];
  /** MMSIs of known rescue assets. */
  rescue: ReadonlySet<string>;
}

function usable(lat: number | undefined, lon: number | undefined): boolean {
  if (lat === undefined || lon === undefined) return false;
  // 0,0 is what many transponders send without a GPS fix.
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

function degrees(value: number | undefined, below: number): number | null {
  return value !== undefined && value >= 0 && value < below ? value : null;
}

/** The position a message reports, or null when it reports none the console can use. */
export function toPosition(m: AisMessage, at: string, label: Labelling): VesselPosition | null {
  switch (m.type) {
    case 1:
    case 2:
    case 3:
    case 9:
    case 18:
    case 19:
    case 27: {
      if (!usable(m.lat, m.lon)) return null;
      const mmsi = String(m.mmsi);
      const kind = m.type === 9 ? 'aircraft' : label.rescue.has(mmsi) ? 'rescue' : 'vessel';
      return {
        mmsi,
        name: m.type === 19 ? (m.shipname ?? null) : null,
        lat: m.lat!,
        lon: m.lon!,
        speed: m.speed ?? null,
        course: degrees(m.course, 360),
        heading: m.type === 9 || m.type === 27 ? null : degrees(m.heading, 360),
        source: label.source,
        kind,
        ...(m.type === 9 ? { alt: m.alt ?? null } : {}),
        at,
      };
    }
    case 4:
    case 5:
    case 21:
    case 24:
      return null;
  }
}

/** The static data a message carries, or null. */
export function toStatic(m: AisMessage): { mmsi: string; data: VesselStatic } | null {
  switch (m.type) {
    case 5:
      return {
        mmsi: String(m.mmsi),
        data: {
          shipname: m.shipname,
          callsign: m.callsign,
          shiptype: m.shiptype,
          imo: m.imo,
          destination: m.destination,
          to_bow: m.to_bow,
          to_stern: m.to_stern,
          to_port: m.to_port,
          to_starboard: m.to_starboard,
        },
      };
    case 19:
      return {
        mmsi: String(m.mmsi),
        data: {
          shipname: m.shipname,
          shiptype: m.shiptype,
          to_bow: m.to_bow,
          to_stern: m.to_stern,
          to_port: m.to_port,
          to_starboard: m.to_starboard,
        },
      };
    case 24:
      return m.partno === 0
        ? { mmsi: String(m.mmsi), data: { shipname: m.shipname } }
        : {
            mmsi: String(m.mmsi),
            data: {
              shiptype: m.shiptype,
              callsign: m.callsign,
              to_bow: m.to_bow,
              to_stern: m.to_stern,
              to_port: m.to_port,
              to_starboard: m.to_starboard,
            },
          };
    case 1:
    case 2:
    case 3:
    case 4:
    case 9:
    case 18:
    case 21:
    case 27:
      return null;
  }
}

/** Receivers' clocks are trusted within this window; outside it (replayed logs, bad clocks) arrival time is used. */
const TAG_TIME_WINDOW_MS = 10 * 60_000;

/** When a report was made: the receiver's tag block time when plausible, else when it reached us. */
export function reportTime(now: number, receivedAt: number | undefined): number {
  if (receivedAt === undefined || receivedAt > now + 60_000 || receivedAt < now - TAG_TIME_WINDOW_MS) return now;
  return receivedAt;
}
