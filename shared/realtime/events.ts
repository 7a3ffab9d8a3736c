import type { Case } from '../domain/case';
import type { DockingRequest, HarbourDockingView } from '../domain/docking-request';
import type { VesselPosition } from '../domain/vessel';
import type { NotificationStatus, OutboxMessage } from '../domain/notification';

export type { NotificationStatus, OutboxMessage };

/** Events the server sends. Rooms decide who gets them; see server/realtime/rooms.ts. */
export interface ServerToClientEvents {
  'case:created': (c: Case) => void;
  'case:updated': (c: Case) => void;
  'vessels:positions': (batch: VesselPosition[]) => void;
  'docking:requested': (r: DockingRequest | HarbourDockingView) => void;
  'docking:answered': (r: DockingRequest | HarbourDockingView) => void;
  'notification:status': (n: NotificationStatus) => void;
  /** Something about a case needs a supervisor now (supervisors only). */
  'case:alarm': (a: CaseAlarm) => void;
}

/** An alarm for supervisors: matching found no willing harbour left to ask for a case. */
export interface CaseAlarm {
  caseId: string;
  kind: 'exhausted';
  summary: string;
  at: string;
}

/** Events a client may send: none carry authority; the server decides rooms from the session. */
export type ClientToServerEvents = Record<string, never>;

/** Room names, decided server-side from the user's role. */
export const ROOMS = {
  operators: 'role:operators',
  supervisors: 'role:supervisors',
  vessels: 'feed:vessels',
  harbour: (id: string) => `harbour:${id}`,
  crewCase: (caseId: string) => `crew-case:${caseId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  user: (userId: string) => `user:${userId}`,
} as const;
