import type { Case } from '../../domain/case';
import type { DockingRequest, HarbourDockingView } from '../../domain/docking-request';
import type { TimelineEntry } from '../../domain/timeline';

/**
 * What a crew may read on its case's timeline, rewritten from the entry's data: summaries written
 * for operators can quote the caller or an operator's reason, which a crew does not need.
 */
function crewEntry(e: TimelineEntry): TimelineEntry | null {
  switch (e.type) {
    case 'phase':
      return { ...e, summary: `phase ${String(e.data.phase ?? 'changed')}`, data: { phase: e.data.phase } };
    case 'status':
      return { ...e, summary: `case ${String(e.data.status ?? 'changed')}`, data: { status: e.data.status } };
    case 'docking-accepted':
      return { ...e, data: { requestId: e.data.requestId, places: e.data.places } };
    default:
      return null;
  }
}

/** What a harbour may see of a docking request: nothing that identifies or locates the people exactly. */
export function harbourView(r: DockingRequest): HarbourDockingView {
  return {
    id: r.id,
    harbourId: r.harbourId,
    status: r.status,
    personsOnBoard: r.personsOnBoard,
    women: r.women,
    children: r.children,
    medical: r.medical,
    approximateArea: r.approximateArea,
    distanceNm: r.distanceNm,
    etaHours: r.etaHours,
    deadline: r.deadline,
    createdAt: r.createdAt,
    answeredAt: r.answeredAt,
    places: r.places,
  };
}

/**
 * What a rescue crew sees of its assigned case: where and how many, not who called, what the
 * caller said word for word (a position's raw text) or what the operators noted.
 */
export function crewView(c: Case): Case {
  return {
    ...c,
    callerNumber: null,
    notes: '',
    positions: c.positions.map((f) => ({ ...f, raw: null })),
    dockingRequests: c.dockingRequests.filter((r) => r.status === 'accepted'),
    timeline: c.timeline.map(crewEntry).filter((e): e is TimelineEntry => e !== null),
  };
}

/** A position rounded to a whole degree square, named like "around 35N 012E". */
export function approximateArea(lat: number | null, lon: number | null): string {
  if (lat === null || lon === null) return 'position unknown';
  const la = Math.round(lat);
  const lo = Math.round(lon);
  return `around ${Math.abs(la)}${la >= 0 ? 'N' : 'S'} ${String(Math.abs(lo)).padStart(3, '0')}${lo >= 0 ? 'E' : 'W'}`;
}
