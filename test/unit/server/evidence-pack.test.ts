import type { Case } from '../../../shared/domain/case';
import { evidencePack, verifyPack } from '../../../server/cases/evidence-pack';
import { aCase as fixture } from '../../helpers/case-fixture';

const aCase = (): Case =>
  fixture({
    personsOnBoard: 40,
    timeline: [
      { id: '1-0', at: '2026-11-28T06:00:00Z', type: 'call', actor: 'operator', summary: 'hotline call', data: {} },
      {
        id: '2-0',
        at: '2026-11-28T06:10:00Z',
        type: 'authority-contact',
        actor: 'operator',
        summary: 'RCC Malta by phone: NO ANSWER',
        data: {},
      },
      {
        id: '3-0',
        at: '2026-11-28T06:20:00Z',
        type: 'phase',
        actor: 'supervisor',
        summary: 'phase DETRESFA',
        data: {},
      },
    ],
  });

describe('the evidence pack of a case', () => {
  it('chains every timeline entry to the previous one and verifies', () => {
    const pack = evidencePack(aCase());
    expect(pack.timeline[0].prevHash).toBe('0'.repeat(64));
    expect(pack.timeline[1].prevHash).toBe(pack.timeline[0].hash);
    expect(pack.headHash).toBe(pack.timeline[2].hash);
    expect(verifyPack(pack)).toBe(-1);
  });

  it('detects an edited, a dropped and a reordered entry', () => {
    const edited = evidencePack(aCase());
    edited.timeline[1].summary = 'RCC Malta by phone: acknowledged';
    expect(verifyPack(edited)).toBe(1);
    const dropped = evidencePack(aCase());
    dropped.timeline.splice(1, 1);
    expect(verifyPack(dropped)).toBe(1);
    const reordered = evidencePack(aCase());
    reordered.timeline.reverse();
    expect(verifyPack(reordered)).toBe(0);
  });
});
