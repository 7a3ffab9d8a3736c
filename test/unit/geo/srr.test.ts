/** Search-and-rescue region lookup on points whose regions are known. */
import { allSrrs, srrFor } from '../../../shared/backend/geo/srr';

const codes = (lat: number, lon: number): string[] =>
  srrFor(lat, lon)
    .map((r) => r.code)
    .sort();

describe('the search and rescue regions of a position', () => {
  it('off Lampedusa, where the claims overlap, are both the Maltese and the Italian one', () => {
    const regions = srrFor(35.3, 12.7);
    expect(regions.map((r) => r.code).sort()).toEqual(['IT-PA', 'MT']);
    expect(regions.find((r) => r.code === 'MT')).toEqual({ code: 'MT', name: 'Malta SRR', rcc: 'RCC Malta' });
    expect(regions.find((r) => r.code === 'IT-PA')?.rcc).toBe('IMRCC Rome');
  });

  it('at 33.5N 13.0E is the Libyan one alone, coordinated from Tripoli', () => {
    expect(srrFor(33.5, 13.0)).toEqual([{ code: 'LY', name: 'Libya SRR', rcc: 'JRCC Tripoli' }]);
  });

  it('south-east of Malta is the Maltese one alone', () => {
    expect(codes(35.0, 16.0)).toEqual(['MT']);
  });

  it('west of the 11.5E line off Tunisia is the Tunisian one', () => {
    expect(codes(35.5, 11.2)).toEqual(['TN']);
  });

  it('outside the regions in the file (off Spain) is none, not an error', () => {
    expect(srrFor(37.0, -1.0)).toEqual([]);
  });

  it('is none for coordinates that are not numbers', () => {
    expect(srrFor(Number.NaN, 14)).toEqual([]);
  });

  it('lists all six regions of the file with their rescue centres', () => {
    expect(allSrrs().map((r) => r.code)).toEqual(['LY', 'MT', 'TN', 'IT-PA', 'IT-CT', 'IT-RC']);
    expect(allSrrs().every((r) => r.rcc.length > 0)).toBe(true);
  });
});
