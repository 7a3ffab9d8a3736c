import { sitrepActions } from '../../../shared/sitrep';
import type { TimelineEntry } from '../../../shared/domain/timeline';

const e = (type: TimelineEntry['type'], at: string, summary: string, data: Record<string, unknown> = {}) =>
  ({ id: at, at, type, actor: 'x', summary, data }) as TimelineEntry;

describe("a SITREP's actions taken", () => {
  it('name the authorities contacted, the harbours asked and their answers, in time order', () => {
    const actions = sitrepActions(
      [
        e('call', '2026-11-28T06:00:00Z', 'hotline call'),
        e('authority-contact', '2026-11-28T06:20:00Z', 'RCC Malta by phone: NO ANSWER', { at: '2026-11-28T06:10:00Z' }),
        e('docking-requested', '2026-11-28T06:30:00Z', 'docking request ...', { requestId: 'D-000001-lampedusa' }),
        e('docking-requested', '2026-11-28T06:30:00Z', 'docking request ...', { requestId: 'D-000001-valletta' }),
        e('docking-declined', '2026-11-28T06:40:00Z', 'Valletta declined via portal'),
        e('docking-expired', '2026-11-28T07:00:00Z', 'expired', { requestId: 'D-000001-lampedusa' }),
        e('phase', '2026-11-28T07:05:00Z', 'phase ALERFA -> DETRESFA'),
        e('assignment', '2026-11-28T07:10:00Z', 'vessel assigned', { mmsi: '247000001' }),
      ],
      [
        { id: 'D-000001-lampedusa', harbourName: 'Lampedusa' },
        { id: 'D-000001-valletta', harbourName: 'Valletta' },
      ],
    );
    expect(actions).toEqual([
      '0610Z RCC Malta by phone: NO ANSWER',
      '0630Z Lampedusa asked to let the boat dock',
      '0630Z Valletta asked to let the boat dock',
      '0640Z Valletta declined via portal',
      '0700Z no answer from Lampedusa by the deadline',
      '0710Z rescue vessel 247000001 assigned',
    ]);
  });
});
