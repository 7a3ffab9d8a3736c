import { upgradeBoat, upgradeRecord, type CaseRecord } from '../../../shared/backend/store/upgrade-record';

describe('case records written before the case-manager fields', () => {
  it('map a free-text boat type and engine to the closed values, keeping the words they came from', () => {
    expect(upgradeBoat({ type: 'rubber boat', colour: 'grey', engine: 'failed' })).toEqual({
      type: 'rubber',
      colour: 'grey',
      engineStatus: 'not_working',
      description: 'rubber boat; engine: failed',
    });
    expect(upgradeBoat({ type: 'wooden boat', engine: 'no fuel' })).toMatchObject({
      type: 'wood',
      engineStatus: 'no_fuel',
    });
    expect(upgradeBoat({ type: 'a big yellow thing' })).toEqual({ type: 'other', description: 'a big yellow thing' });
  });

  it('leave a boat already in the current shape as it is', () => {
    const boat = { type: 'iron', colour: 'red', engineStatus: 'working', engineCount: 2, waterEntering: false };
    expect(upgradeBoat(boat)).toEqual(boat);
    expect(upgradeBoat(undefined)).toEqual({});
  });

  it('read with every new field empty', () => {
    const old = {
      id: 'C-000001',
      status: 'open',
      outcome: null,
      phase: 'DETRESFA',
      callerNumber: null,
      personsOnBoard: 40,
      women: 3,
      children: null,
      medical: null,
      boat: {},
      departure: {},
      notes: '',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    } as unknown as CaseRecord;
    expect(upgradeRecord(old)).toMatchObject({
      code: null,
      men: null,
      dead: null,
      missing: null,
      nationalities: [],
      rescuedBy: null,
      disembarkation: {},
      mergedInto: null,
      mergedFrom: [],
      splitFrom: null,
      personsOnBoard: 40,
      women: 3,
    });
  });
});
