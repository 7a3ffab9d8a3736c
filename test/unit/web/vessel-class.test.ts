import type { VesselPosition } from '../../../shared/domain/vessel';
import { alarmDevice, shiptypeName, vesselClass } from '../../../web/src/map/vessel-class';
import { isoMs, RecordSet, VECTOR_HOURS, vectorOf } from '../../../web/src/map/vessel-records';

const base: VesselPosition = {
  mmsi: '247123456',
  name: null,
  lat: 35,
  lon: 14,
  speed: 10,
  course: 90,
  heading: 90,
  source: 'ais',
  kind: 'vessel',
  at: '2026-05-01T10:00:00.000Z',
};

describe('vessel classes', () => {
  test('AIS-SART, MOB and EPIRB-AIS MMSIs (and the sart flag) are alarms, before anything else', () => {
    expect(alarmDevice('970123456')).toBe('AIS-SART');
    expect(alarmDevice('972123456')).toBe('MOB device');
    expect(alarmDevice('974123456')).toBe('EPIRB-AIS');
    expect(alarmDevice('971123456')).toBeNull();
    expect(alarmDevice('97012345')).toBeNull();
    expect(vesselClass({ ...base, mmsi: '970000001', kind: 'rescue' })).toBe('sart');
    expect(vesselClass({ ...base, sart: true })).toBe('sart');
  });

  test('aircraft, rescue assets (ours, or AIS type 51) and ship types', () => {
    expect(vesselClass({ ...base, kind: 'aircraft' })).toBe('aircraft');
    expect(vesselClass({ ...base, kind: 'rescue' })).toBe('rescue');
    expect(vesselClass({ ...base, shiptype: 51 })).toBe('rescue');
    expect(vesselClass({ ...base, shiptype: 30 })).toBe('fishing');
    expect(vesselClass({ ...base, shiptype: 36 })).toBe('sailing');
    expect(vesselClass({ ...base, shiptype: 37 })).toBe('sailing');
    for (const t of [60, 70, 79, 80, 89]) expect(vesselClass({ ...base, shiptype: t })).toBe('merchant');
    expect(vesselClass({ ...base, shiptype: 52 })).toBe('other');
    expect(vesselClass(base)).toBe('other');
  });

  test('ship types in words', () => {
    expect(shiptypeName(70)).toBe('cargo');
    expect(shiptypeName(84)).toBe('tanker');
    expect(shiptypeName(51)).toBe('search and rescue');
    expect(shiptypeName(0)).toBeNull();
    expect(shiptypeName(undefined)).toBeNull();
  });
});

describe('vessel records', () => {
  test("read ISO times as Date.parse does, fast for the server's form", () => {
    for (const iso of ['2026-05-01T10:00:00.000Z', '1999-12-31T23:59:59.999Z', '2026-05-01T12:00:00+02:00'])
      expect(isoMs(iso)).toBe(Date.parse(iso));
  });

  test("project as Leaflet's Web Mercator and give a 6-minute vector of speed x 0.1 h", () => {
    const set = new RecordSet();
    const r = vectorOf(set.upsert({ ...base, lat: 0, lon: 0, speed: 10, course: 90 }));
    expect(r.mx).toBeCloseTo(0.5, 12);
    expect(r.my).toBeCloseTo(0.5, 12);
    // 1 nm at the equator is 1852 / 40,075,016.7 of the world's width.
    expect(r.vx).toBeCloseTo((10 * VECTOR_HOURS * 1852) / (2 * Math.PI * 6_378_137), 12);
    expect(r.vy).toBeCloseTo(0, 12);
    expect(r.bucket).toBe(18);
  });

  test('keep counts by class and remove by swapping with the last record', () => {
    const set = new RecordSet();
    set.upsert({ ...base, mmsi: '1', shiptype: 30 });
    set.upsert({ ...base, mmsi: '2', shiptype: 70 });
    set.upsert({ ...base, mmsi: '3', shiptype: 70 });
    set.upsert({ ...base, mmsi: '1', shiptype: 70 });
    expect(set.classCounts().get('merchant')).toBe(3);
    expect(set.classCounts().get('fishing')).toBe(0);
    set.remove('1');
    expect(set.list.map((r) => r.v.mmsi).sort()).toEqual(['2', '3']);
    expect(set.list.every((r, i) => r.index === i)).toBe(true);
    expect(set.get('1')).toBeUndefined();
    expect(set.classCounts().get('merchant')).toBe(2);
  });
});
