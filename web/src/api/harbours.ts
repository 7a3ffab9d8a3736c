import type { Harbour, HarbourPatch } from '../../../shared/domain/harbour';
import { call } from './client';

/** All harbours and reception cities. */
export async function listHarbours(): Promise<Harbour[]> {
  return (await call('harbours.list', {})).harbours;
}

/** A harbour user's own availability. */
export type Availability = Pick<HarbourPatch, 'willing' | 'capacity'>;

/** One harbour from the list (a harbour user's list holds only its own), or null when not listed. */
export async function getHarbour(id: string): Promise<Harbour | null> {
  return (await listHarbours()).find((h) => h.id === id) ?? null;
}

/** Changes a harbour's availability; answers the updated harbour. */
export async function updateAvailability(id: string, body: Availability): Promise<Harbour> {
  return (await call('harbours.update', { params: { id }, body })).harbour;
}
