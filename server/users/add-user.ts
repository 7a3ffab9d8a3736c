import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { Role } from '../../shared/domain/user';
import { hashPassword } from '../auth/password';
import type { Store } from '../../shared/backend/store';

/** A user to create (the CLI's `haven user add` and the demo seed). */
export const NewUser = z
  .object({
    username: z.string().regex(/^[A-Za-z0-9_.@-]{2,64}$/, 'username: 2-64 letters, digits or _ . @ -'),
    password: z.string().min(10, 'password: at least 10 characters').max(1000),
    role: Role,
    harbourId: z.string().optional(),
    vesselMmsi: z
      .string()
      .regex(/^\d{9}$/, 'vessel: a 9-digit MMSI')
      .optional(),
    phone: z.string().optional(),
  })
  .refine((u) => u.role !== 'harbour' || u.harbourId, {
    message: 'a harbour user needs --harbour ID',
    path: ['harbourId'],
  })
  .refine((u) => u.role !== 'crew' || u.vesselMmsi, {
    message: 'a crew user needs --vessel MMSI',
    path: ['vesselMmsi'],
  });
/** A user to create. */
export type NewUser = z.infer<typeof NewUser>;

/** Create a user, or reset password and role of an existing one. Returns whether it was new. */
export async function addUser(store: Store, input: NewUser): Promise<{ id: string; created: boolean }> {
  const u = NewUser.parse(input);
  if (u.harbourId && !(await store.harbours.get(u.harbourId))) throw new Error(`no harbour with id ${u.harbourId}`);
  const passwordHash = await hashPassword(u.password);
  const existing = await store.users.byUsername(u.username);
  const extra = { harbourId: u.harbourId, vesselMmsi: u.vesselMmsi, phone: u.phone };
  if (existing) {
    await store.users.setPassword(existing.id, passwordHash, u.role, extra);
    return { id: existing.id, created: false };
  }
  const id = randomUUID();
  if (
    !(await store.users.create({
      id,
      username: u.username,
      role: u.role,
      passwordHash,
      createdAt: new Date().toISOString(),
      ...extra,
    }))
  ) {
    throw new Error(`username ${u.username} was taken meanwhile`);
  }
  return { id, created: true };
}
