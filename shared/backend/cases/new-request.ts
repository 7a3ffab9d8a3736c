import type { Case } from '../../domain/case';
import type { DockingRequest } from '../../domain/docking-request';
import type { Harbour } from '../../domain/harbour';
import { dockingRequestId } from '../../domain/ids';
import type { NewTimelineEntry } from '../../domain/timeline';
import { approximateArea } from './views';

/** Where the request is asked from, how far, at what rank, and when the answer is due. */
export interface RequestTerms {
  fix: { lat: number; lon: number };
  distanceNm: number;
  rank: number;
  now: Date;
  deadlineMs: number;
  /** For the first ETA (the rescue ship's planning speed). */
  speedKn: number;
}

/**
 * A new docking request of a case to a harbour (by matching, or a supervisor asking one). After a
 * partial acceptance it asks for the persons still unplaced.
 */
export function newDockingRequest(c: Case, harbour: Harbour, t: RequestTerms): DockingRequest {
  return {
    id: dockingRequestId({ caseId: c.id, harbourId: harbour.id }),
    caseId: c.id,
    harbourId: harbour.id,
    harbourName: harbour.name,
    rank: t.rank,
    status: 'pending',
    personsOnBoard: c.matching.unplaced ?? c.personsOnBoard,
    women: c.women,
    children: c.children,
    medical: c.medical,
    approximateArea: approximateArea(t.fix.lat, t.fix.lon),
    distanceNm: Math.round(t.distanceNm * 10) / 10,
    etaHours: Math.round((t.distanceNm / t.speedKn) * 10) / 10,
    deadline: new Date(t.now.getTime() + t.deadlineMs).toISOString(),
    createdAt: t.now.toISOString(),
    answeredAt: null,
    answeredBy: null,
    places: null,
    note: null,
  };
}

/** The timeline entry of a new request (`why`: who asked for it and why, when not matching). */
export function requestedEntry(r: DockingRequest, actor: string, why = ''): NewTimelineEntry {
  return {
    type: 'docking-requested',
    actor,
    summary:
      `docking request ${r.id} opened for ${r.harbourName} (${r.distanceNm} nm, rank ${r.rank}), ` +
      `answer by ${r.deadline.slice(11, 16)} UTC${why}`,
    data: { requestId: r.id, harbourId: r.harbourId },
  };
}
