import { Router } from 'express';
import { CrewPositionInput } from '../../../shared/domain/vessel';
import type { Deps } from '../../deps';
import { allow, who } from '../../http/auth';
import { HttpError } from '../../http/errors';
import { reportCrewPosition } from './report-crew-position';

/** Live vessels: operators, supervisors and crews see them; a crew reports its own vessel's position. */
export function vesselsRouter(deps: Deps): Router {
  const r = Router();

  r.get('/', allow('operator', 'supervisor', 'crew'), async (_req, res) => {
    res.json({ vessels: await deps.store.vessels.live(Date.now(), deps.config.ais.staleMs) });
  });

  r.post('/:mmsi/positions', allow('crew'), async (req, res) => {
    const { user } = who(req);
    const mmsi = String(req.params.mmsi);
    if (!/^\d{1,9}$/.test(mmsi)) throw new HttpError(404, 'not_found', 'no such vessel');
    if (user.vesselMmsi !== mmsi) throw new HttpError(403, 'forbidden', 'a crew may report only its own vessel\'s position');
    const vessel = await reportCrewPosition(deps, mmsi, CrewPositionInput.parse(req.body));
    res.status(201).json({ vessel });
  });
  return r;
}
