/** Type 18: class B position report, 168 bits. */
import { BitWriter } from './bit-writer';
import type { ClassBPositionReportInput } from './encodable';
import { rawCourseTenths, rawLat, rawLon, rawOrNotAvailable, rawSpeedTenths } from './raw-fields';

/** Writes a class B position report; `cs` defaults to true (a carrier-sense "CS" unit, the common kind). */
export function encodeClassBPositionReport(m: ClassBPositionReportInput): BitWriter {
  return new BitWriter()
    .uint(18, 6, 'type')
    .uint(m.repeat ?? 0, 2, 'repeat')
    .uint(m.mmsi, 30, 'mmsi')
    .uint(m.reserved ?? 0, 8, 'reserved')
    .uint(rawSpeedTenths(m.speed), 10, 'speed')
    .flag(m.accuracy)
    .int(rawLon(m.lon), 28, 'lon')
    .int(rawLat(m.lat), 27, 'lat')
    .uint(rawCourseTenths(m.course), 12, 'course')
    .uint(rawOrNotAvailable(m.heading, 511), 9, 'heading')
    .uint(rawOrNotAvailable(m.second, 60, 63), 6, 'second')
    .uint(m.regional ?? 0, 2, 'regional')
    .flag(m.cs ?? true)
    .flag(m.display)
    .flag(m.dsc)
    .flag(m.band)
    .flag(m.msg22)
    .flag(m.assigned)
    .flag(m.raim)
    .uint(m.radio ?? 0, 20, 'radio');
}
