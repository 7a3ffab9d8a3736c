import { Router } from 'express';
import { Harbour, HarbourInput, HarbourPatch } from '../../../shared/domain/harbour';
import type { Deps } from '../../deps';
import { allow, who } from '../../http/auth';
import { HttpError } from '../../http/errors';

const HARBOUR_OWN_FIELDS = new Set(['willing', 'capacity']);

/** Harbours: supervisors and admins manage them; operators see them without contacts; a harbour sees and sets its own availability. */
export function harboursRouter(deps: Deps): Router {
  const r = Router();

  r.get('/', allow('supervisor', 'admin', 'operator', 'harbour'), async (req, res) => {
    const { user } = who(req);
    let harbours = await deps.store.harbours.all();
    if (user.role === 'harbour') harbours = harbours.filter((h) => h.id === user.harbourId);
    if (user.role === 'operator') harbours = harbours.map((h) => ({ ...h, contacts: [] }));
    res.json({ harbours });
  });

  r.post('/', allow('supervisor', 'admin'), async (req, res) => {
    const input = HarbourInput.parse(req.body);
    const id = input.id ?? slug(input.name);
    const harbour = Harbour.parse({ ...input, id });
    if (!(await deps.store.harbours.create(harbour))) throw new HttpError(409, 'exists', `harbour ${id} already exists`);
    deps.log.info({ component: 'harbours', harbourId: id, actor: who(req).user.id }, 'harbour created');
    res.status(201).json({ harbour });
  });

  r.patch('/:id', allow('supervisor', 'admin', 'harbour'), async (req, res) => {
    const { user } = who(req);
    const id = String(req.params.id);
    if (user.role === 'harbour' && user.harbourId !== id) throw new HttpError(404, 'not_found', `no harbour ${id} for you`);
    const patch = HarbourPatch.parse(req.body);
    const forbidden = Object.keys(patch).filter((k) => !HARBOUR_OWN_FIELDS.has(k));
    if (user.role === 'harbour' && forbidden.length) {
      throw new HttpError(403, 'forbidden', `a harbour may change only willing and capacity, not ${forbidden.join(', ')}`);
    }
    if (!(await deps.store.harbours.patch(id, patch))) throw new HttpError(404, 'not_found', `no harbour ${id}`);
    deps.log.info({ component: 'harbours', harbourId: id, actor: user.id, fields: Object.keys(patch) }, 'harbour changed');
    res.json({ harbour: await deps.store.harbours.get(id) });
  });
  return r;
}

/** A harbour id from its name: "Düsseldorf" -> "dusseldorf". */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64) || 'harbour';
}
