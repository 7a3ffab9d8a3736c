import { auditHandlers } from './audit/audit.routes';
import { authHandlers } from './auth/auth.routes';
import { callsHandlers } from './calls/calls.routes';
import { casesHandlers } from './cases/cases.routes';
import { dockingHandlers } from './docking-requests/docking.routes';
import { harboursHandlers } from './harbours/harbours.routes';
import { matchingHandlers } from './matching/matching.routes';
import type { AllHandlers } from './register';
import { shiftHandlers } from './shift/shift.routes';
import { systemHandlers } from './system/system.routes';
import { usersHandlers } from './users/users.routes';
import { vesselsHandlers } from './vessels/vessels.routes';
import { webhookHandlers } from './webhooks/webhooks.routes';

/** The use case behind every row of the route table (shared/api). */
export const HANDLERS: AllHandlers = {
  ...authHandlers,
  ...callsHandlers,
  ...casesHandlers,
  ...shiftHandlers,
  ...harboursHandlers,
  ...dockingHandlers,
  ...matchingHandlers,
  ...vesselsHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...systemHandlers,
  ...webhookHandlers,
};
