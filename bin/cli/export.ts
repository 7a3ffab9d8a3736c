import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { evidencePack } from '../../server/cases/evidence-pack';
import { loadCase } from '../../shared/backend/cases/load-case';
import { UsageError } from './usage-error';
import { withStore } from './with-store';

/** `haven export --case ID`: the case's evidence pack (JSON, hash-chained timeline) on stdout. */
export async function run(args: string[]): Promise<number> {
  let id: string | undefined;
  try {
    id = parseArgs({ args, options: { case: { type: 'string' } } }).values.case;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!id) throw new UsageError('usage: haven export --case ID');
  const c = await withStore(async (store) => {
    const found = await loadCase(store, id);
    // Whoever takes a case out of Haven is on the record (the log names the case by its keyed reference).
    if (found)
      await store.audit.record({
        type: 'export',
        actor: `cli:${userInfo().username}`,
        summary: 'evidence pack exported with `haven export`',
        data: { caseRef: store.audit.caseRef(id), entries: found.timeline.length },
      });
    return found;
  });
  if (!c) throw new UsageError(`no case ${id}`);
  process.stdout.write(`${JSON.stringify(evidencePack(c), null, 2)}\n`);
  return 0;
}
