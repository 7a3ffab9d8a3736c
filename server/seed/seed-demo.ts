import { randomBytes } from 'node:crypto';
import type { Store } from '../../shared/backend/store';
import { addUser, type NewUser } from '../users/add-user';
import { demoHarbours } from './demo-harbours';

/** A demo login as printed by `npm start`. */
export interface DemoLogin {
  username: string;
  password: string;
  role: string;
  harbourId?: string;
  vesselMmsi?: string;
}

/** The demo users; the simulator's rescue ship is 247000001. */
export const DEMO_USERS: Omit<NewUser, 'password'>[] = [
  { username: 'operator', role: 'operator' },
  { username: 'supervisor', role: 'supervisor' },
  { username: 'admin', role: 'admin' },
  { username: 'lampedusa', role: 'harbour', harbourId: 'lampedusa' },
  { username: 'palermo', role: 'harbour', harbourId: 'palermo' },
  { username: 'valletta', role: 'harbour', harbourId: 'valletta' },
  { username: 'berlin', role: 'harbour', harbourId: 'berlin' },
  { username: 'crew', role: 'crew', vesselMmsi: '247000001' },
];

/**
 * Seed harbours and users when the store has no harbours. Passwords are random unless given
 * (tests), so a demo left running on a network is not open to a well-known password.
 */
export async function seedDemo(store: Store, passwords?: (username: string) => string): Promise<DemoLogin[] | null> {
  if ((await store.harbours.count()) > 0) return null;
  for (const h of demoHarbours()) await store.harbours.put(h);
  const logins: DemoLogin[] = [];
  for (const u of DEMO_USERS) {
    const password = passwords?.(u.username) ?? randomBytes(9).toString('base64url');
    await addUser(store, { ...u, password });
    logins.push({ ...u, password });
  }
  return logins;
}
