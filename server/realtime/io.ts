import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { ROOMS, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/realtime/events';
import type { Store } from '../../shared/backend/store';
import { authenticate, type Auth } from '../http/auth';

/** The typed socket.io server. */
export type Io = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { auth: Auth }>;

/** Rooms a user belongs to, decided from the role alone; a client can never pick one. */
export function roomsFor(auth: Auth): string[] {
  const { user } = auth;
  switch (user.role) {
    case 'operator':
      return [ROOMS.operators, ROOMS.vessels];
    case 'supervisor':
      return [ROOMS.operators, ROOMS.supervisors, ROOMS.vessels];
    case 'harbour':
      return user.harbourId ? [ROOMS.harbour(user.harbourId)] : [];
    case 'crew':
      return [ROOMS.vessels, ...(user.assignedCaseId ? [ROOMS.crewCase(user.assignedCaseId)] : [])];
    case 'admin':
      return [];
  }
}

/**
 * socket.io on the HTTP server, authenticated by the session cookie, fanned out across processes
 * by the Redis adapter (so any server process reaches every console, and the worker can emit too).
 */
export function createIo(http: HttpServer, store: Store, pub: Redis, sub: Redis): Io {
  const io: Io = new Server(http, {
    adapter: createAdapter(pub, sub, { key: store.keys.socketKey() }),
    serveClient: false,
    maxHttpBufferSize: 16_384,
  });
  io.use(async (socket, next) => {
    try {
      const auth = await authenticate(store, socket.request.headers.cookie);
      if (!auth) return next(new Error('unauthenticated'));
      socket.data.auth = auth;
      next();
    } catch (err) {
      next(err as Error);
    }
  });
  io.on('connection', (socket) => {
    void socket.join([
      ...roomsFor(socket.data.auth),
      ROOMS.session(socket.data.auth.session.id),
      ROOMS.user(socket.data.auth.user.id),
    ]);
  });
  return io;
}
