import type { VesselPosition } from '../../../shared/domain/vessel';
import { request } from './http';

/** The latest position of every vessel the user may see. */
export async function listVessels(): Promise<VesselPosition[]> {
  return (await request<{ vessels: VesselPosition[] }>('GET', '/api/vessels')).vessels;
}
