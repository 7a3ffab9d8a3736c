import { Router } from 'express';
import type { Deps } from '../../deps';
import { allow } from '../../http/auth';

/**
 * GET /api/outbox: notifications stored instead of sent (no Twilio credentials), newest first, so
 * operators on shift can relay them by phone. They carry harbour contacts' numbers: operators only.
 */
export function outboxRouter(deps: Deps): Router {
  const r = Router();
  r.get('/', allow('operator', 'supervisor'), async (req, res) => {
    const limit = Math.min(Math.max(Number(req.query.limit) || 100, 1), 1000);
    res.json({ twilioConfigured: deps.config.twilio !== null, messages: (await deps.store.outbox.recent(limit)).reverse() });
  });
  return r;
}
