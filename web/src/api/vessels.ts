import type { CrewPositionInput, TrackPoint, VesselPosition } from '../../../shared/domain/vessel';
import { call } from './client';

/** The latest position of every vessel the user may see. */
export async function listVessels(): Promise<VesselPosition[]> {
  return (await call('vessels.list', {})).vessels;
}

/** A vessel's recent track, oldest point first. */
export async function getTrack(mmsi: string): Promise<TrackPoint[]> {
  return (await call('vessels.track', { params: { mmsi } })).points;
}

/** A crew reports its own vessel's position; the server stores it like an AIS report and broadcasts it. */
export async function reportOwnPosition(mmsi: string, body: CrewPositionInput): Promise<VesselPosition> {
  return (await call('vessels.report', { params: { mmsi }, body })).vessel;
}
