import { ConflictError, ForbiddenError, NotFoundError, NotYoursError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { Harbour, type HarbourInput, type HarbourPatch } from '../../shared/domain/harbour';
import { harbourIdFromName } from '../../shared/domain/ids';
import type { Deps } from '../deps';

/** The fields a harbour user may change on its own harbour: its availability and who to reach. */
const HARBOUR_OWN_FIELDS = new Set(['willing', 'capacity', 'contacts']);

/** The harbours this user may see: supervisors and admins all; operators without contacts; a harbour its own. */
export async function listHarbours(deps: Deps, user: UserRecord): Promise<Harbour[]> {
  let harbours = await deps.store.harbours.all();
  if (user.role === 'harbour') harbours = harbours.filter((h) => h.id === user.harbourId);
  if (user.role === 'operator') harbours = harbours.map((h) => ({ ...h, contacts: [] }));
  return harbours;
}

/** Add a harbour or reception city; its id comes from its name unless given. */
export async function createHarbour(deps: Deps, input: HarbourInput, actor: UserRecord): Promise<Harbour> {
  const id = input.id ?? harbourIdFromName(input.name);
  const harbour = Harbour.parse({ ...input, id });
  if (!(await deps.store.harbours.create(harbour))) throw new ConflictError('exists', `harbour ${id} already exists`);
  deps.log.info({ component: 'harbours', harbourId: id, actor: actor.id }, 'harbour created');
  return harbour;
}

/** A port that now takes people (willing again, or room again) may be the one an exhausted case needs. */
function becameAvailable(before: Harbour, patch: HarbourPatch): boolean {
  return (patch.willing === true && !before.willing) || (patch.capacity ?? 0) > before.capacity;
}

/** Every case that ran out of harbours is searched again (matching skips ports that cannot take it). */
async function searchExhaustedAgain(deps: Deps, harbourId: string): Promise<void> {
  const at = Date.now();
  for (const caseId of await deps.store.cases.exhausted())
    await deps.queues.matchCase({ caseId, reason: 'manual' }, `available.${harbourId}.${at}`);
}

/** Change the fields of a harbour that the patch names; a harbour user only its own availability. */
export async function updateHarbour(deps: Deps, id: string, patch: HarbourPatch, actor: UserRecord): Promise<Harbour> {
  if (actor.role === 'harbour' && actor.harbourId !== id) throw new NotYoursError(`no harbour ${id} for you`);
  const forbidden = Object.keys(patch).filter((k) => !HARBOUR_OWN_FIELDS.has(k));
  if (actor.role === 'harbour' && forbidden.length) {
    throw new ForbiddenError(`a harbour may change only its availability and contacts, not ${forbidden.join(', ')}`);
  }
  const before = await deps.store.harbours.get(id);
  if (!(await deps.store.harbours.patch(id, patch))) throw new NotFoundError(`no harbour ${id}`);
  if (before && before.kind === 'port' && becameAvailable(before, patch)) await searchExhaustedAgain(deps, id);
  deps.log.info(
    { component: 'harbours', harbourId: id, actor: actor.id, fields: Object.keys(patch) },
    'harbour changed',
  );
  return (await deps.store.harbours.get(id))!;
}
