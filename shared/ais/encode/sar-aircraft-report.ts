/** Type 9: search and rescue aircraft position report, 168 bits. */
import { BitWriter } from './bit-writer';
import type { SarAircraftReportInput } from './encodable';
import { rawCourseTenths, rawLat, rawLon, rawOrNotAvailable } from './raw-fields';

/** Writes a SAR aircraft report (altitude in metres, speed in whole knots). */
export function encodeSarAircraftReport(m: SarAircraftReportInput): BitWriter {
  return new BitWriter()
    .uint(9, 6, 'type')
    .uint(m.repeat ?? 0, 2, 'repeat')
    .uint(m.mmsi, 30, 'mmsi')
    .uint(rawOrNotAvailable(m.alt, 4095), 12, 'alt')
    .uint(rawOrNotAvailable(m.speed, 1023), 10, 'speed')
    .flag(m.accuracy)
    .int(rawLon(m.lon), 28, 'lon')
    .int(rawLat(m.lat), 27, 'lat')
    .uint(rawCourseTenths(m.course), 12, 'course')
    .uint(rawOrNotAvailable(m.second, 60, 63), 6, 'second')
    .uint(m.regional ?? 0, 8, 'regional')
    .uint(m.dte ?? 1, 1, 'dte')
    .uint(0, 3) // spare
    .flag(m.assigned)
    .flag(m.raim)
    .uint(m.radio ?? 0, 20, 'radio');
}
