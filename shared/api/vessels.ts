/** Live vessel positions (AIS, crews, the demo simulator) and the outbox. */
import * as z from 'zod';
import { OutboxMessage } from '../domain/notification';
import { CrewPositionInput, TrackPoint, VesselPosition } from '../domain/vessel';
import { endpoint } from './endpoint';
import { LimitQuery, MmsiParams } from './params';

/** The vessel and outbox endpoints. */
export const vesselsApi = {
  'vessels.list': endpoint({
    method: 'get',
    path: '/api/vessels',
    tag: 'Vessels',
    callers: ['operator', 'supervisor', 'crew'],
    status: 200,
    summary: 'Live positions (vessels not heard from for AIS_STALE_MINUTES leave the list)',
    response: z.object({ vessels: z.array(VesselPosition.meta({ id: 'VesselPosition' })) }),
  }),
  'vessels.track': endpoint({
    method: 'get',
    path: '/api/vessels/:mmsi/track',
    tag: 'Vessels',
    callers: ['operator', 'supervisor', 'crew'],
    status: 200,
    summary: "A vessel's recent track, oldest point first (empty when the vessel is unknown or forgotten)",
    description:
      'Points are kept at most every 30 s, up to 200 per vessel (over an hour and a half of a moving ' +
      'ship), and deleted with the vessel once it has been silent for a day. `?limit=` keeps the newest n.',
    params: MmsiParams,
    query: LimitQuery,
    response: z.object({ mmsi: z.string(), points: z.array(TrackPoint.meta({ id: 'TrackPoint' })) }),
  }),
  'vessels.report': endpoint({
    method: 'post',
    path: '/api/vessels/:mmsi/positions',
    tag: 'Vessels',
    callers: ['crew'],
    foreign: 403,
    status: 201,
    summary: "A crew reports its own vessel's position (409 `stale_position` when a newer one is known)",
    params: MmsiParams,
    body: CrewPositionInput,
    response: z.object({ vessel: VesselPosition }),
  }),
  'outbox.list': endpoint({
    method: 'get',
    path: '/api/outbox',
    tag: 'Outbox',
    callers: ['operator', 'supervisor'],
    status: 200,
    summary: 'Notifications stored instead of sent (no Twilio credentials), newest first, to relay by hand',
    query: LimitQuery,
    response: z.object({
      twilioConfigured: z.boolean(),
      messages: z.array(OutboxMessage.meta({ id: 'OutboxMessage' })),
    }),
  }),
} as const;
