import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { Broadcaster, type RoomEmitter } from '../../shared/backend/realtime/broadcaster';

/** The worker reaches every console through the server's Redis adapter, without a socket.io server of its own. */
export function createWorkerBroadcaster(redis: Redis, key: string): Broadcaster {
  return new Broadcaster(new Emitter(redis, { key }) as unknown as RoomEmitter);
}
