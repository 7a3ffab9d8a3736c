import type { CrewPositionInput, VesselPosition } from '../../../shared/domain/vessel';
import { request } from './http';

/** The latest position of every vessel the user may see. */
export async function listVessels(): Promise<VesselPosition[]> {
  return (await request<{ vessels: VesselPosition[] }>('GET', '/api/vessels')).vessels;
}

/** A crew reports its own vessel's position; the server stores it like an AIS report and broadcasts it. */
export async function reportOwnPosition(mmsi: string, position: CrewPositionInput): Promise<VesselPosition> {
  return (await request<{ vessel: VesselPosition }>('POST', `/api/vessels/${encodeURIComponent(mmsi)}/positions`, { body: position })).vessel;
}
