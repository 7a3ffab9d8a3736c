import { NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import type { SessionInfo } from '../../shared/domain/user';
import type { Deps } from '../deps';

/** Every live session with whose it is; `currentId` marks the caller's own. */
export async function listSessions(deps: Deps, currentId: string): Promise<SessionInfo[]> {
  const [sessions, users] = await Promise.all([deps.store.sessions.list(), deps.store.users.all()]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return sessions.flatMap((s) => {
    const u = byId.get(s.userId);
    // A session of a deleted or changed user no longer counts (see authenticate): not live.
    if (!u || u.disabled || (u.sessionEpoch ?? 0) !== s.epoch) return [];
    return [
      {
        id: s.id,
        userId: u.id,
        username: u.username,
        role: u.role,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        expiresAt: s.expiresAt,
        address: s.address,
        agent: s.agent,
        current: s.id === currentId,
      },
    ];
  });
}

/** An administrator ends one session: gone at once, its sockets disconnected on every server. Audited. */
export async function endSession(deps: Deps, id: string, actor: UserRecord): Promise<void> {
  const owner = (await deps.store.sessions.list()).find((s) => s.id === id);
  if (!(await deps.store.sessions.end(id))) throw new NotFoundError('no such session (it may have ended already)');
  deps.broadcast.endSession(id);
  const user = owner ? await deps.store.users.get(owner.userId) : null;
  await deps.store.audit.record({
    type: 'session-ended',
    actor: actor.username,
    summary: `session of ${user?.username ?? 'a user'} ended by ${actor.username}`,
    data: { userId: owner?.userId ?? null, session: id.slice(0, 12) },
  });
  deps.log.info({ component: 'users', actor: actor.id, userId: owner?.userId }, 'session ended');
}
