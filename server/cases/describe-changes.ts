import type { FieldChange } from '../../shared/domain/timeline';
import type { CaseRecord } from '../../shared/backend/store/cases.store';
import type { Nationality } from '../../shared/domain/case';

/** Field names as the timeline's English summary says them (the console has its own, translatable labels). */
const LABELS: Record<string, string> = {
  status: 'status',
  phase: 'phase',
  outcome: 'outcome',
  notes: 'notes',
  personsOnBoard: 'persons on board',
  men: 'men',
  women: 'women',
  children: 'minors',
  medical: 'medical cases',
  dead: 'dead',
  missing: 'missing',
  nationalities: 'nationalities',
  'boat.type': 'boat type',
  'boat.colour': 'boat colour',
  'boat.engineStatus': 'engine',
  'boat.engineCount': 'engines',
  'boat.waterEntering': 'water entering',
  'boat.description': 'boat description',
  'departure.place': 'departure place',
  'departure.at': 'departure time',
  rescuedBy: 'rescued or intercepted by',
  'disembarkation.place': 'disembarkation place',
  'disembarkation.at': 'disembarkation time',
};

type Scalar = string | number | boolean | null;

const NESTED = new Set(['boat', 'departure', 'disembarkation']);

function nationalitiesText(list: Nationality[] | undefined): string | null {
  if (!list?.length) return null;
  return list.map((n) => (n.count === null ? n.country : `${n.country} ${n.count}`)).join(', ');
}

function flatten(rec: Partial<CaseRecord>, keys: string[]): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  for (const key of keys) {
    const v = (rec as Record<string, unknown>)[key];
    if (NESTED.has(key)) {
      for (const [k, inner] of Object.entries((v ?? {}) as Record<string, Scalar>)) out.set(`${key}.${k}`, inner);
    } else if (key === 'nationalities') out.set(key, nationalitiesText(v as Nationality[] | undefined));
    else out.set(key, (v ?? null) as Scalar);
  }
  return out;
}

/**
 * What a patch changes, field by field, old value and new: only fields whose value differs, nested
 * objects (boat, departure) by their inner fields, so "30 -> 32 persons" is on the record.
 */
export function describeChanges(before: CaseRecord, patch: Partial<CaseRecord>): FieldChange[] {
  const keys = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
  const was = flatten(before, keys);
  const now = flatten(patch, keys);
  const fields = new Set([...was.keys(), ...now.keys()]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = was.get(field) ?? null;
    const to = now.get(field) ?? null;
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

function show(v: Scalar): string {
  if (v === null || v === '') return '(none)';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return typeof v === 'string' && v.length > 80 ? `"${v.slice(0, 77)}..."` : String(v);
}

/** The changes as one English line for the timeline: "persons on board 30 -> 32, boat type rubber -> wood". */
export function changesSummary(changes: FieldChange[]): string {
  return changes.map((c) => `${LABELS[c.field] ?? c.field} ${show(c.from)} -> ${show(c.to)}`).join(', ');
}
