import { Router } from 'express';
import { CallInput } from '../../../shared/domain/case';
import type { Deps } from '../../deps';
import { allow, who } from '../../http/auth';
import { logCall } from '../../cases/log-call';

/** POST /api/calls: log a distress call. Answers 201 only once the case is durable in Redis. */
export function callsRouter(deps: Deps): Router {
  const r = Router();
  r.post('/', allow('operator', 'supervisor'), async (req, res) => {
    const input = CallInput.parse(req.body);
    const { callId, caseId, case: c, joined } = await logCall(deps, input, who(req).user);
    res.status(201).json({ callId, caseId, case: c, joined });
  });
  return r;
}
