import type { Case } from '../../domain/case';
import type { DockingRequest } from '../../domain/docking-request';
import { ROOMS, type CaseAlarm, type NotificationStatus, type ServerToClientEvents } from '../../realtime/events';
import type { VesselPosition } from '../../domain/vessel';
import { crewView, harbourView } from '../cases/views';

/** Anything that can emit to a room: the socket.io Server (server) or the Redis Emitter (worker). */
export interface RoomEmitter {
  to(room: string): {
    emit<E extends keyof ServerToClientEvents>(ev: E, ...args: Parameters<ServerToClientEvents[E]>): unknown;
  };
  in(room: string): {
    disconnectSockets(close?: boolean): void;
    socketsJoin(room: string): void;
    socketsLeave(room: string): void;
  };
}

/**
 * The one place that decides who hears what: operators get everything, a harbour only the reduced
 * view of its own requests, a crew only the reduced view of its assigned case.
 */
export class Broadcaster {
  constructor(private readonly target: RoomEmitter) {}

  /** A case was created or changed. */
  caseChanged(c: Case, created = false): void {
    this.target.to(ROOMS.operators).emit(created ? 'case:created' : 'case:updated', c);
    this.target.to(ROOMS.crewCase(c.id)).emit('case:updated', crewView(c));
  }

  /** A harbour was asked to take a boat. */
  dockingRequested(r: DockingRequest): void {
    this.target.to(ROOMS.operators).emit('docking:requested', r);
    this.target.to(ROOMS.harbour(r.harbourId)).emit('docking:requested', harbourView(r));
  }

  /** A request was accepted, declined, expired or cancelled. */
  dockingAnswered(r: DockingRequest): void {
    this.target.to(ROOMS.operators).emit('docking:answered', r);
    this.target.to(ROOMS.harbour(r.harbourId)).emit('docking:answered', harbourView(r));
  }

  /** A notification's delivery state changed. */
  notification(n: NotificationStatus): void {
    this.target.to(ROOMS.operators).emit('notification:status', n);
  }

  /** An alarm for supervisors (a case ran out of harbours to ask). */
  alarm(a: CaseAlarm): void {
    this.target.to(ROOMS.supervisors).emit('case:alarm', a);
  }

  /** A session ended (logout, or ended by an admin): its sockets, on any server process, stop receiving at once. */
  endSession(sessionId: string): void {
    this.target.in(ROOMS.session(sessionId)).disconnectSockets(true);
  }

  /**
   * A user was disabled or changed (role, harbour, vessel, password): every socket of theirs, on
   * any server process, is disconnected at once; reconnecting needs a new login.
   */
  endUser(userId: string): void {
    this.target.in(ROOMS.user(userId)).disconnectSockets(true);
  }

  /** A crew was assigned to a case: its open sockets, on any server process, start hearing it. */
  crewAssigned(userId: string, caseId: string, previousCaseId?: string): void {
    if (previousCaseId) this.target.in(ROOMS.user(userId)).socketsLeave(ROOMS.crewCase(previousCaseId));
    this.target.in(ROOMS.user(userId)).socketsJoin(ROOMS.crewCase(caseId));
  }

  /** A batch of live positions. */
  vessels(batch: VesselPosition[]): void {
    if (batch.length) this.target.to(ROOMS.vessels).emit('vessels:positions', batch);
  }
}
