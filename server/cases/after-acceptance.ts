import type { AcceptPlan } from '../../shared/backend/store/placement.store';
import type { Deps } from '../deps';

/**
 * What follows once a port's acceptance stands (it is stored, the other requests are withdrawn,
 * the harbour's capacity is lowered): the hook for what depends on people landing at that port,
 * such as relocation offers to reception cities for the `plan.placed` persons landing at
 * `plan.request.harbourId`. Called once per standing acceptance, after it is durable; a partial
 * acceptance calls it too (those persons land there), with `plan.complete` false.
 */
export async function afterAcceptance(deps: Deps, plan: AcceptPlan): Promise<void> {
  deps.log.debug({ component: 'docking', requestId: plan.request.id, complete: plan.complete }, 'acceptance stands');
  return Promise.resolve();
}
