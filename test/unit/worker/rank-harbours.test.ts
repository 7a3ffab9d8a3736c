import type { Harbour } from '../../../shared/domain/harbour';
import { rankHarbours } from '../../../worker/matching/rank-harbours';

const harbour = (id: string, lat: number, lon: number, over: Partial<Harbour> = {}): Harbour => ({
  id,
  name: id,
  kind: 'port',
  lat,
  lon,
  country: 'IT',
  willing: true,
  capacity: 500,
  medical: true,
  contacts: [],
  ...over,
});

describe('ranking harbours for a docking request', () => {
  const boat = { lat: 35.3, lon: 12.7, personsOnBoard: 80, medical: 0 };

  it('orders willing ports by great-circle distance, nearest first', () => {
    const ranked = rankHarbours(
      [harbour('palermo', 38.12, 13.38), harbour('lampedusa', 35.49, 12.6), harbour('valletta', 35.9, 14.52)],
      boat,
    );
    expect(ranked.map((c) => c.harbour.id)).toEqual(['lampedusa', 'valletta', 'palermo']);
    expect(ranked[0].distanceNm).toBeGreaterThan(10);
    expect(ranked[0].distanceNm).toBeLessThan(14);
  });

  it('skips unwilling ports, reception cities, ports too small for everyone and ports already asked', () => {
    const ranked = rankHarbours(
      [
        harbour('unwilling', 35.5, 12.6, { willing: false }),
        harbour('berlin', 52.5, 13.4, { kind: 'city' }),
        harbour('small', 35.5, 12.6, { capacity: 50 }),
        harbour('asked', 35.5, 12.6),
        harbour('ok', 36, 14),
      ],
      boat,
      new Set(['asked']),
    );
    expect(ranked.map((c) => c.harbour.id)).toEqual(['ok']);
  });

  it('sends medical cases only to ports with medical facilities', () => {
    const ranked = rankHarbours(
      [harbour('near-no-medical', 35.5, 12.6, { medical: false }), harbour('far-medical', 37, 15)],
      { ...boat, medical: 2 },
    );
    expect(ranked.map((c) => c.harbour.id)).toEqual(['far-medical']);
  });
});
