import { ConflictError, InvalidError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import type { AdminUser, UserInput, UserPatch } from '../../shared/domain/user';
import { hashPassword } from '../auth/password';
import type { Deps } from '../deps';
import { addUser } from './add-user';

/** The fields whose change ends every session of the user: what they may see or who they are. */
const REVOKING = new Set<keyof UserPatch>(['role', 'harbourId', 'vesselMmsi', 'password']);

/** Every user as administrators see it, with how many sessions each has right now. */
export async function listUsers(deps: Deps): Promise<AdminUser[]> {
  const [users, sessions] = await Promise.all([deps.store.users.all(), deps.store.sessions.list()]);
  return users.map((u) => adminView(u, sessions.filter((s) => s.userId === u.id && s.epoch === epochOf(u)).length));
}

/** An administrator adds a user (audited). An existing username is a conflict here, never a reset. */
export async function createUser(deps: Deps, input: UserInput, actor: UserRecord): Promise<AdminUser> {
  if (await deps.store.users.byUsername(input.username))
    throw new ConflictError('exists', `username ${input.username} is taken`);
  if (input.harbourId && !(await deps.store.harbours.get(input.harbourId)))
    throw new InvalidError('no_such_harbour', `no harbour ${input.harbourId}`);
  const { id } = await addUser(deps.store, input, actor.username);
  deps.log.info({ component: 'users', userId: id, actor: actor.id }, 'user created');
  return adminView((await deps.store.users.get(id))!, 0);
}

/**
 * An administrator changes a user: only the fields named. Disabling, or changing role, harbour,
 * vessel or password, ends every session of the user and disconnects their sockets on every
 * server at once. Administrators cannot disable or demote themselves (nobody would be left to undo it).
 */
export async function updateUser(deps: Deps, id: string, patch: UserPatch, actor: UserRecord): Promise<AdminUser> {
  const u = await deps.store.users.get(id);
  if (!u) throw new NotFoundError(`no user ${id}`);
  const names = Object.keys(patch) as (keyof UserPatch)[];
  if (!names.length) throw new InvalidError('empty_patch', 'nothing to change');
  if (u.id === actor.id && (patch.disabled || (patch.role && patch.role !== u.role)))
    throw new ConflictError('own_account', 'you cannot disable your own account or change your own role');
  const after = { ...u, ...withoutNulls(patch) };
  if (after.role === 'harbour' && !after.harbourId)
    throw new InvalidError('harbour_required', 'a harbour user needs a harbour');
  if (after.role === 'crew' && !after.vesselMmsi)
    throw new InvalidError('vessel_required', 'a crew user needs a vessel');
  if (patch.harbourId && !(await deps.store.harbours.get(patch.harbourId)))
    throw new InvalidError('no_such_harbour', `no harbour ${patch.harbourId}`);

  const revoke = names.some((k) => REVOKING.has(k) && patch[k] !== undefined) || patch.disabled === true;
  const { password, ...rest } = patch;
  const set: Partial<UserRecord> = withoutNulls(rest);
  if (password) set.passwordHash = await hashPassword(password);
  const unset: (keyof UserRecord)[] = (['harbourId', 'vesselMmsi', 'phone'] as const).filter((k) => patch[k] === null);
  // A role that has no harbour or vessel keeps none from before.
  if (after.role !== 'harbour' && u.harbourId && !unset.includes('harbourId')) unset.push('harbourId');
  if (after.role !== 'crew' && u.vesselMmsi && !unset.includes('vesselMmsi'))
    unset.push('vesselMmsi', 'assignedCaseId');
  const tx = deps.store.users.changeIn(deps.store.tx(), id, set, unset, revoke);
  tx.guard(deps.store.keys.user(id), 'username', [JSON.stringify(u.username)]);
  deps.store.audit.add(tx, {
    type: 'user-changed',
    actor: actor.username,
    summary: `user ${u.username}: ${names.map((k) => describe(k, u, patch)).join(', ')}${revoke ? ENDED : ''}`,
    data: { userId: id, username: u.username, fields: names, ...withoutSecrets(patch) },
  });
  if (!(await tx.run()).ok) throw new NotFoundError(`no user ${id}`);
  if (revoke) await endSessionsOf(deps, id);
  deps.log.info({ component: 'users', userId: id, actor: actor.id, fields: names, revoke }, 'user changed');
  return adminView((await deps.store.users.get(id))!, 0);
}

/** End every session of a user and disconnect their sockets on every server process. */
export async function endSessionsOf(deps: Deps, userId: string): Promise<number> {
  const ended = await deps.store.sessions.endAllOf(userId);
  deps.broadcast.endUser(userId);
  for (const s of ended) deps.broadcast.endSession(s);
  return ended.length;
}

function describe(k: keyof UserPatch, u: UserRecord, patch: UserPatch): string {
  if (k === 'password') return 'password reset';
  if (k === 'disabled') return patch.disabled ? 'disabled' : 'enabled';
  if (k === 'phone') return patch.phone ? 'phone changed' : 'phone removed';
  return `${k} ${String((u as unknown as Record<string, unknown>)[k] ?? '-')} -> ${String(patch[k] ?? '-')}`;
}

function withoutNulls<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as never;
}

function withoutSecrets(patch: UserPatch): Record<string, unknown> {
  const { password: _p, phone: _ph, ...rest } = patch;
  return rest;
}

const ENDED = '; every session ended';
const epochOf = (u: UserRecord) => u.sessionEpoch ?? 0;

function adminView(u: UserRecord, sessions: number): AdminUser {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    harbourId: u.harbourId,
    vesselMmsi: u.vesselMmsi,
    assignedCaseId: u.assignedCaseId,
    phone: u.phone,
    disabled: Boolean(u.disabled),
    onDuty: Boolean(u.onDuty),
    createdAt: u.createdAt,
    sessions,
  };
}
