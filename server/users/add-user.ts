import { UserInput } from '../../shared/domain/user';
import { newUserId } from '../../shared/domain/ids';
import { hashPassword } from '../auth/password';
import type { Store } from '../../shared/backend/store';

/** A user to create (the CLI's `haven user add`, the admin console and the demo seed). */
export const NewUser = UserInput;
/** A user to create. */
export type NewUser = UserInput;

/** What adding a user did: created it, or reset an existing one (whose sessions then ended). */
export interface AddedUser {
  id: string;
  created: boolean;
  /** Ids of the sessions ended (an existing user's password, role, harbour or vessel was reset). */
  endedSessions: string[];
}

/**
 * Create a user, or reset password, role, harbour, vessel and phone of an existing one (`haven
 * user add` on a taken name). A reset ends every session of the user: whoever knew the old
 * password, or held the old role, is out. Both are on the audit log, as `actor`.
 */
export async function addUser(store: Store, input: NewUser, actor = 'cli'): Promise<AddedUser> {
  const u = NewUser.parse(input);
  if (u.harbourId && !(await store.harbours.get(u.harbourId))) throw new Error(`no harbour with id ${u.harbourId}`);
  const passwordHash = await hashPassword(u.password);
  const details = { role: u.role, harbourId: u.harbourId, vesselMmsi: u.vesselMmsi };
  const existing = await store.users.byUsername(u.username);
  if (existing) {
    const tx = store.users.changeIn(
      store.tx(),
      existing.id,
      { passwordHash, role: u.role, harbourId: u.harbourId, vesselMmsi: u.vesselMmsi, phone: u.phone },
      (['harbourId', 'vesselMmsi', 'phone'] as const).filter((k) => u[k] === undefined),
      true,
    );
    store.audit.add(tx, {
      type: 'user-changed',
      actor,
      summary: `user ${u.username} reset: password, role ${u.role}; every session ended`,
      data: { userId: existing.id, username: u.username, fields: ['password', 'role'], ...details },
    });
    await tx.run();
    return { id: existing.id, created: false, endedSessions: await store.sessions.endAllOf(existing.id) };
  }
  const id = newUserId();
  if (!(await store.users.claimUsername(u.username, id))) throw new Error(`username ${u.username} was taken meanwhile`);
  const tx = store.users.createIn(store.tx(), {
    id,
    username: u.username,
    role: u.role,
    passwordHash,
    createdAt: new Date().toISOString(),
    harbourId: u.harbourId,
    vesselMmsi: u.vesselMmsi,
    phone: u.phone,
  });
  store.audit.add(tx, {
    type: 'user-created',
    actor,
    summary: `user ${u.username} created as ${u.role}`,
    data: { userId: id, username: u.username, ...details },
  });
  try {
    await tx.run();
  } catch (err) {
    await store.users.releaseUsername(u.username, id);
    throw err;
  }
  return { id, created: true, endedSessions: [] };
}
