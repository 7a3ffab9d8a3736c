import type { DockingRequest } from '../../../shared/domain/docking-request';
import { matchingOf, unplacedOf } from '../../../shared/domain/matching';

const req = (status: DockingRequest['status'], deadline: string) => ({ status, deadline }) as DockingRequest;

describe('where matching stands', () => {
  it('placed wins over everything; paused over open requests; open requests over exhausted', () => {
    const open = [req('pending', '2026-12-02T10:30:00Z'), req('pending', '2026-12-02T10:10:00Z')];
    expect(matchingOf(40, { placedAll: true, matchingPaused: true }, open).state).toBe('placed');
    expect(matchingOf(40, { matchingPaused: true }, open).state).toBe('paused');
    expect(matchingOf(40, { matchingExhausted: true }, open)).toMatchObject({
      state: 'waiting',
      nextDeadline: '2026-12-02T10:10:00Z',
    });
    expect(matchingOf(40, { matchingExhausted: true, matchingRound: 3 }, [req('expired', 'x')])).toEqual({
      state: 'exhausted',
      unplaced: 40,
      round: 3,
      nextDeadline: null,
    });
    expect(matchingOf(null, {}, []).state).toBe('searching');
  });

  it('persons still unplaced: what is on board less what was placed; unknown stays unknown', () => {
    expect(unplacedOf(42, { placedPersons: 20 })).toBe(22);
    expect(unplacedOf(42, {})).toBe(42);
    expect(unplacedOf(null, {})).toBeNull();
    expect(unplacedOf(null, { placedAll: true })).toBe(0);
    // The number on board corrected below what was placed: nobody is left, never a negative count.
    expect(unplacedOf(10, { placedPersons: 20 })).toBe(0);
  });
});
