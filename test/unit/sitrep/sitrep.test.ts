/** The IAMSAR short-form SITREP of a case, from a `Case` as the API holds it. */
import type { Case } from '../../../shared/domain/case';
import { formatSitrep } from '../../../shared/sitrep';
import { aCase as fixture } from '../../helpers/case-fixture';

const NOW = new Date('2024-05-01T14:05:00Z');

function aCase(over: Partial<Case> = {}): Case {
  return fixture({
    id: 'c-7f3a',
    positions: [
      {
        lat: 35.1,
        lon: 12.9,
        raw: '35.1 12.9',
        format: 'decimal',
        at: '2024-05-01T11:00:00Z',
        source: 'caller',
        warnings: [],
        confirmed: true,
      },
      {
        lat: 35.776667,
        lon: 14.291667,
        raw: '35-46.6N 014-17.5E',
        format: 'sitrep',
        at: '2024-05-01T13:40:00Z',
        source: 'sms',
        warnings: [],
        confirmed: false,
      },
      {
        lat: null,
        lon: null,
        raw: 'cannot see',
        format: null,
        at: '2024-05-01T13:50:00Z',
        source: 'caller',
        warnings: [],
        confirmed: false,
      },
    ],
    srr: [
      { code: 'MT', name: 'Malta SRR', rcc: 'RCC Malta' },
      { code: 'IT-PA', name: 'Italy SRR (MRSC Palermo sector)', rcc: 'IMRCC Rome' },
    ],
    personsOnBoard: 45,
    women: 10,
    children: 5,
    medical: 2,
    boat: { type: 'rubber', colour: 'grey', engineStatus: 'not_working', waterEntering: true },
    departure: { place: 'Zuwara', at: '2024-04-30T22:00:00Z' },
    createdAt: '2024-05-01T11:00:00Z',
    updatedAt: '2024-05-01T13:50:00Z',
    ...over,
  });
}

describe('the SITREP of a case', () => {
  it('reads as an IAMSAR short form with actions, plans and status', () => {
    const text = formatSitrep(aCase(), 3, NOW, {
      actionsTaken: ['RCC Malta called 1345Z, no answer', 'merchant vessels in the area informed'],
      futurePlans: ['call RCC Malta again at 1415Z'],
    });
    expect(text).toBe(
      [
        'DISTRESS',
        'DTG: 011405Z MAY 24',
        'FROM: HAVEN HOTLINE',
        'TO: RCC Malta, IMRCC Rome',
        'SAR SITREP c-7f3a NR 3',
        'A. IDENTITY OF CASUALTY: RUBBER BOAT, GREY, NAME AND FLAG UNKNOWN, HAVEN CASE c-7f3a',
        'B. POSITION: 35-46.6N 014-17.5E AT 011340Z MAY 24 (SMS)',
        'C. SITUATION: DETRESFA. ENGINE NOT WORKING. WATER ENTERING. DEPARTED Zuwara AT 302200Z APR 24',
        'D. NUMBER OF PERSONS: 45 (10 WOMEN, 5 MINORS, 2 MEDICAL CASES)',
        'E. ASSISTANCE REQUIRED: IMMEDIATE RESCUE',
        'F. COORDINATING RCC: RCC Malta (Malta SRR); IMRCC Rome (Italy SRR (MRSC Palermo sector))',
        'G. DESCRIPTION OF CASUALTY: RUBBER BOAT, COLOUR GREY',
        'J. ACTIONS TAKEN: RCC Malta called 1345Z, no answer; merchant vessels in the area informed',
        'M. FUTURE PLANS: call RCC Malta again at 1415Z',
        'N. STATUS: CASE OPEN',
        '',
      ].join('\n'),
    );
  });

  it('takes its transmission from the phase: urgency for ALERFA, uncertainty for INCERFA', () => {
    expect(formatSitrep(aCase({ phase: 'ALERFA' }), 1, NOW).split('\n')[0]).toBe('URGENCY');
    expect(formatSitrep(aCase({ phase: 'INCERFA' }), 1, NOW).split('\n')[0]).toBe('UNCERTAINTY');
  });

  it('gives the outcome of a closed case', () => {
    expect(formatSitrep(aCase({ status: 'closed', outcome: 'rescued_ngo' }), 4, NOW)).toContain(
      'N. STATUS: CASE CLOSED, OUTCOME RESCUED BY AN NGO SHIP\n',
    );
  });

  it('adds a dead-reckoned estimate beside the last fix, labelled as an estimate', () => {
    const text = formatSitrep(aCase(), 2, NOW, {
      estimate: { lat: 35.8, lon: 14.3, radiusNm: 2.4, at: NOW.toISOString() },
    });
    expect(text).toContain(
      'B. POSITION: 35-46.6N 014-17.5E AT 011340Z MAY 24 (SMS); ' +
        'ESTIMATED 35-48.0N 014-18.0E WITHIN 2.4 NM AT 011405Z MAY 24',
    );
  });

  it('says what is unknown rather than leaving it out', () => {
    const text = formatSitrep(aCase({ positions: [], srr: [], personsOnBoard: null, boat: {}, departure: {} }), 1, NOW);
    expect(text).toContain('A. IDENTITY OF CASUALTY: BOAT OF UNKNOWN TYPE');
    expect(text).toContain('B. POSITION: UNKNOWN\n');
    expect(text).toContain('D. NUMBER OF PERSONS: UNKNOWN (10 WOMEN, 5 MINORS, 2 MEDICAL CASES)\n');
    expect(text).toContain('TO: UNKNOWN (POSITION OUTSIDE THE KNOWN SAR REGIONS)');
    expect(text).toContain('J. ACTIONS TAKEN: NONE REPORTED');
  });

  it('carries the case-manager record where IAMSAR has a place for it', () => {
    const text = formatSitrep(
      aCase({
        code: 'AP0042-2024',
        men: 30,
        dead: 1,
        missing: 2,
        nationalities: [
          { country: 'Eritrea', count: 20 },
          { country: 'Sudan', count: null },
        ],
        boat: { type: 'wood', colour: 'blue', engineCount: 2, engineStatus: 'no_fuel', description: 'two decks' },
        status: 'closed',
        outcome: 'intercepted_libya',
        rescuedBy: 'Libyan coast guard patrol boat Fezzan',
        disembarkation: { place: 'Tripoli', at: '2024-05-02T08:00:00Z' },
      }),
      5,
      NOW,
    );
    expect(text).toContain('SAR SITREP AP0042-2024 NR 5\n');
    expect(text).toContain(
      'A. IDENTITY OF CASUALTY: WOODEN BOAT, BLUE, NAME AND FLAG UNKNOWN, HAVEN CASE c-7f3a (AP0042-2024)',
    );
    expect(text).toContain('C. SITUATION: DETRESFA. OUT OF FUEL. DEPARTED');
    expect(text).toContain(
      'D. NUMBER OF PERSONS: 45 (30 MEN, 10 WOMEN, 5 MINORS, 2 MEDICAL CASES, 1 DEAD, 2 MISSING). ' +
        'NATIONALITIES: ERITREA 20, SUDAN\n',
    );
    expect(text).toContain('G. DESCRIPTION OF CASUALTY: WOODEN BOAT, COLOUR BLUE, 2 ENGINES, two decks\n');
    expect(text).toContain(
      'N. STATUS: CASE CLOSED, OUTCOME INTERCEPTED BY THE LIBYAN COAST GUARD, ' +
        'BY Libyan coast guard patrol boat Fezzan, DISEMBARKED AT Tripoli ON 020800Z MAY 24\n',
    );
  });

  it('refuses a SITREP number below one', () => {
    expect(() => formatSitrep(aCase(), 0, NOW)).toThrow(RangeError);
  });
});
