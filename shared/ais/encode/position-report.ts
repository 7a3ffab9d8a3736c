/** Types 1, 2 and 3: the class A position report, 168 bits. */
import { BitWriter } from './bit-writer';
import type { PositionReportInput } from './encodable';
import { rawCourseTenths, rawLat, rawLon, rawOrNotAvailable, rawSpeedTenths, rawTurn } from './raw-fields';

/** Writes a class A position report. */
export function encodePositionReport(m: PositionReportInput): BitWriter {
  return new BitWriter()
    .uint(m.type, 6, 'type')
    .uint(m.repeat ?? 0, 2, 'repeat')
    .uint(m.mmsi, 30, 'mmsi')
    .uint(m.status ?? 15, 4, 'status')
    .int(rawTurn(m.turn), 8, 'turn')
    .uint(rawSpeedTenths(m.speed), 10, 'speed')
    .flag(m.accuracy)
    .int(rawLon(m.lon), 28, 'lon')
    .int(rawLat(m.lat), 27, 'lat')
    .uint(rawCourseTenths(m.course), 12, 'course')
    .uint(rawOrNotAvailable(m.heading, 511), 9, 'heading')
    .uint(rawOrNotAvailable(m.second, 60, 63), 6, 'second')
    .uint(m.maneuver ?? 0, 2, 'maneuver')
    .uint(0, 3) // spare
    .flag(m.raim)
    .uint(m.radio ?? 0, 19, 'radio');
}
