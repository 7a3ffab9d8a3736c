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

/** One harbour; a harbour user may not be allowed to read it, so callers treat failure as "unknown". */
export async function getHarbour(id: string): Promise<Partial<Harbour> | null> {
  const res = await request<{ harbour?: Partial<Harbour> } | null>('GET', `/api/harbours/${encodeURIComponent(id)}`, { auth: false });
  return res?.harbour ?? null;
}

/** Changes a harbour's availability; answers the updated harbour when the server sends it. */
export async function updateAvailability(id: string, patch: Availability): Promise<Partial<Harbour> | null> {
  const res = await request<{ harbour?: Partial<Harbour> } | null>('PATCH', `/api/harbours/${encodeURIComponent(id)}`, { body: patch });
  return res?.harbour ?? null;
}
