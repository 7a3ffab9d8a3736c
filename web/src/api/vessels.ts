import type { CrewPositionInput, VesselPosition } from '../../../shared/domain/vessel';
import { call } from './client';

/** The latest position of every vessel the user may see. */
export async function listVessels(): Promise<VesselPosition[]> {
  return (await call('vessels.list', {})).vessels;
}

/** A crew reports its own vessel's position; the server stores it like an AIS report and broadcasts it. */
export async function reportOwnPosition(mmsi: string, body: CrewPositionInput): Promise<VesselPosition> {
  return (await call('vessels.report', { params: { mmsi }, body })).vessel;
}
