import { parseArgs } from 'node:util';
import { verifyChain, type ChainVerdict } from '../../shared/backend/store/chain';
import type { Store } from '../../shared/backend/store';
import { timelineChain } from '../../shared/backend/store/timeline.store';
import { parseCaseId } from '../../shared/domain/ids';
import { UsageError } from './usage-error';
import { withStore } from './with-store';

const USAGE = 'usage: haven audit verify [--case ID]';

/**
 * `haven audit verify [--case ID]`: check every hash chain (each case's timeline and the global
 * audit log) with AUDIT_KEY; exit 0 when all are intact, 1 naming the first broken entry of each
 * broken chain (an entry edited, deleted, inserted or moved in Redis).
 */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify') throw new UsageError(USAGE);
  let only: string | undefined;
  try {
    only = parseArgs({ args: rest, options: { case: { type: 'string' } } }).values.case;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; ${USAGE}`);
  }
  if (only !== undefined && parseCaseId(only) === null) throw new UsageError(`not a case id: ${only.slice(0, 40)}`);
  const lines = await withStore(async (store) => {
    const out: { ok: boolean; text: string }[] = [];
    for (const id of only ? [only] : await caseIds(store)) out.push(await verifyCase(store, id));
    if (!only) out.push(describe('audit log', await verifyChain(store.redis, store.audit.chain(), store.auditKey)));
    return out;
  });
  if (only && lines[0]?.text === `no case ${only}`) throw new UsageError(`no case ${only}`);
  const broken = lines.filter((l) => !l.ok);
  for (const l of lines) (l.ok ? process.stdout : process.stderr).write(`${l.text}\n`);
  process.stdout.write(
    broken.length
      ? `BROKEN: ${broken.length} of ${lines.length} chains\n`
      : `intact: ${lines.length} chain${lines.length === 1 ? '' : 's'}\n`,
  );
  return broken.length ? 1 : 0;
}

/** Every case that has a record, a timeline or a chain head, even one missing from the index. */
async function caseIds(store: Store): Promise<string[]> {
  const ids = new Set(await store.cases.ids(10_000_000));
  const prefix = `${store.keys.prefix}:case:`;
  let cursor = '0';
  do {
    const [next, keys] = await store.redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    for (const k of keys) {
      const id = k.slice(prefix.length).split(':')[0];
      if (parseCaseId(id) !== null) ids.add(id);
    }
    cursor = next;
  } while (cursor !== '0');
  return [...ids].sort();
}

async function verifyCase(store: Store, id: string): Promise<{ ok: boolean; text: string }> {
  const verdict = await verifyChain(store.redis, timelineChain(store.keys, id), store.auditKey);
  const exists = (await store.redis.exists(store.keys.case(id))) === 1;
  if (verdict.ok && verdict.entries === 0 && exists)
    return { ok: false, text: `BROKEN case ${id}: the case has no timeline (deleted)` };
  if (verdict.ok && verdict.entries === 0 && !exists) return { ok: false, text: `no case ${id}` };
  return describe(`case ${id}`, verdict);
}

function describe(name: string, v: ChainVerdict): { ok: boolean; text: string } {
  if (v.ok) return { ok: true, text: `ok ${name}: ${v.entries} entries` };
  return { ok: false, text: `BROKEN ${name}: entry #${v.index} (${v.at}): ${v.reason}` };
}
