import type { Harbour } from '../../../shared/domain/harbour';
import { MapStore } from './store';

/** Harbours and reception cities, keyed by id. */
export const harbours = new MapStore<Harbour>((h) => h.id);
