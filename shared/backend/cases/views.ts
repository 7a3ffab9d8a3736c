import type { Case } from '../../domain/case';
import type { DockingRequest, HarbourDockingView } from '../../domain/docking-request';
import type { TimelineType } from '../../domain/timeline';

/** What a crew may read on its case's timeline: where the boat is and where it will land. */
const CREW_TIMELINE: ReadonlySet<TimelineType> = new Set(['position', 'phase', 'status', 'docking-accepted']);

/** What a harbour may see of a docking request: nothing that identifies or locates the people exactly. */
export function harbourView(r: DockingRequest): HarbourDockingView {
  return {
    id: r.id, harbourId: r.harbourId, status: r.status, personsOnBoard: r.personsOnBoard, women: r.women,
    children: r.children, medical: r.medical, approximateArea: r.approximateArea, distanceNm: r.distanceNm,
    etaHours: r.etaHours, deadline: r.deadline, createdAt: r.createdAt, answeredAt: r.answeredAt, places: r.places,
  };
}

/**
 * What a rescue crew sees of its assigned case: where and how many, not who called or what the
 * operators noted.
 */
export function crewView(c: Case): Case {
  return {
    ...c,
    callerNumber: null,
    notes: '',
    dockingRequests: c.dockingRequests.filter((r) => r.status === 'accepted'),
    timeline: c.timeline.filter((e) => CREW_TIMELINE.has(e.type)),
  };
}

/** A position rounded to a whole degree square, named like "around 35N 012E". */
export function approximateArea(lat: number | null, lon: number | null): string {
  if (lat === null || lon === null) return 'position unknown';
  const la = Math.round(lat);
  const lo = Math.round(lon);
  return `around ${Math.abs(la)}${la >= 0 ? 'N' : 'S'} ${String(Math.abs(lo)).padStart(3, '0')}${lo >= 0 ? 'E' : 'W'}`;
}
