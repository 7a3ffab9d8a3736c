import type { vesselsApi } from '../../../shared/api/vessels';
import { NotYoursError } from '../../../shared/backend/errors';
import { reportCrewPosition } from '../../cases/report-crew-position';
import type { Handlers } from '../handler';

/** Live vessels: operators, supervisors and crews see them; a crew reports its own vessel's position. The outbox. */
export const vesselsHandlers: Handlers<typeof vesselsApi> = {
  'vessels.list': async ({ deps }) => ({ vessels: await deps.store.vessels.live(Date.now(), deps.config.ais.staleMs) }),

  // The store keeps a track newest first; a track is read (and drawn) from where it began.
  'vessels.track': async ({ deps, params, query }) => ({
    mmsi: params.mmsi,
    points: (await deps.store.vessels.track(params.mmsi, query.limit)).reverse(),
  }),

  'vessels.report': async ({ deps, auth, params, body }) => {
    if (auth.user.vesselMmsi !== params.mmsi)
      throw new NotYoursError("a crew may report only its own vessel's position");
    return { vessel: await reportCrewPosition(deps, params.mmsi, body) };
  },

  // Outbox messages carry harbour contacts' numbers: operators only (the table says so).
  'outbox.list': async ({ deps, query }) => ({
    twilioConfigured: deps.config.twilio !== null,
    messages: (await deps.store.outbox.recent(query.limit ?? 100)).reverse(),
  }),
};
