import type { Harbour } from '../../../shared/domain/harbour';
import { request } from './http';

/** All harbours and reception cities. */
export async function listHarbours(): Promise<Harbour[]> {
  return (await request<{ harbours: Harbour[] }>('GET', '/api/harbours')).harbours;
}

/** A harbour user's own availability. */
export interface Availability {
  willing?: boolean;
  capacity?: number;
}

/** One harbour from the list (a harbour user's list holds only its own), or null when not listed. */
export async function getHarbour(id: string): Promise<Harbour | null> {
  return (await listHarbours()).find((h) => h.id === id) ?? null;
}

/** Changes a harbour's availability; answers the updated harbour when the server sends it. */
export async function updateAvailability(id: string, patch: Availability): Promise<Partial<Harbour> | null> {
  const res = await request<{ harbour?: Partial<Harbour> } | null>('PATCH', `/api/harbours/${encodeURIComponent(id)}`, { body: patch });
  return res?.harbour ?? null;
}
