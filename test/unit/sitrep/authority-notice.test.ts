import { authorityNotice } from '../../../shared/sitrep/authority-notice';
import { aCase } from '../../helpers/case-fixture';

const NOW = new Date('2026-11-28T07:00:00Z');

test('the notice gives persons, boat, last position, course and speed, region, and is signed', () => {
  const c = aCase({
    code: 'AP0001-2026',
    personsOnBoard: 42,
    women: 5,
    children: 3,
    nationalities: [{ country: 'Sudan', count: 20 }],
    boat: { type: 'rubber', colour: 'grey', engineStatus: 'not_working', waterEntering: true },
    departure: { place: 'Zuwara', at: 'yesterday 22:00' },
    positions: [
      { lat: 34.5, lon: 12.25, raw: '34 30N 012 15E', format: 'ddm', at: '2026-11-28T06:00:00Z', source: 'caller' },
    ] as never,
    estimate: { lat: 34.55, lon: 12.3, radiusNm: 3, basedOn: 1, courseDeg: 352.4, speedKn: 2, at: NOW.toISOString() },
    srr: [{ code: 'MT', name: 'Malta SRR', rcc: 'RCC Malta' }],
  });
  const text = authorityNotice(c, NOW, { name: 'alice', hotline: 'Haven hotline' });
  expect(text.startsWith('Dear officer on duty,\n')).toBe(true);
  expect(text).toContain('Case: AP0001-2026 (C-000001)');
  expect(text).toContain('Persons: 42 persons on board (5 women, 3 minors)');
  expect(text).toContain('Nationalities: Sudan 20');
  expect(text).toContain('Boat: Rubber boat, colour grey, engine not working, water entering');
  expect(text).toContain('Last known position: 34-30.0N 012-15.0E at 280600Z NOV 26 (reported by caller)');
  expect(text).toContain('Course and speed: about 352° at 2.0 kn');
  expect(text).toContain('Departure: Zuwara, yesterday 22:00');
  expect(text).toContain('Search and rescue region: Malta SRR (RCC Malta)');
  expect(text).toContain('alice, Haven hotline');
});

test('what is not known is said to be unknown, never invented', () => {
  const text = authorityNotice(aCase(), NOW, { name: 'bob' });
  expect(text).toContain('Persons: an unknown number of persons on board');
  expect(text).toContain('Last known position: not known yet');
  expect(text).toContain('Course and speed: not known');
  expect(text).not.toContain('Departure:');
});
