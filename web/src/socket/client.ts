import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/realtime/events';
import { notifyUnauthorized } from '../api/http';

/** The typed socket.io connection to the Haven server. */
export type HavenSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connection state as the header shows it. */
export type LinkState = 'connecting' | 'live' | 'reconnecting';

/**
 * Opens the realtime connection, authenticated by the session cookie. `onLive` runs on every
 * (re)connect so that callers can re-fetch what they may have missed while offline.
 */
export function connectSocket(onState: (s: LinkState) => void, onLive: () => void): HavenSocket {
  const socket: HavenSocket = io({ withCredentials: true, transports: ['websocket', 'polling'] });
  onState('connecting');
  socket.on('connect', () => {
    onState('live');
    onLive();
  });
  socket.on('disconnect', () => onState('reconnecting'));
  socket.on('connect_error', (err) => {
    onState('reconnecting');
    // socket.io retries transport failures itself, but not a refusal by the server's middleware.
    if (socket.active) return;
    if (err.message === 'unauthenticated') notifyUnauthorized();
    else window.setTimeout(() => socket.connect(), 3000);
  });
  return socket;
}
