import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { addUser } from '../../server/users/add-user';
import { createWorkerBroadcaster } from '../../worker/realtime/emitter';
import { readStdin } from './read-stdin';
import { UsageError } from './usage-error';
import { withStore } from './with-store';

/** `haven user add --username U --password P|- --role R [--harbour ID] [--vessel MMSI] [--phone E164]`. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add')
    throw new UsageError(
      'usage: haven user add --username U --password P --role operator|supervisor|harbour|crew|admin ' +
        '[--harbour ID] [--vessel MMSI]',
    );
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        username: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        harbour: { type: 'string' },
        vessel: { type: 'string' },
        phone: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  // "--password -" reads it from stdin, so it never shows in the process list or shell history.
  const password = values.password === '-' ? await readStdin() : values.password;
  const input = {
    username: values.username,
    password,
    role: values.role,
    harbourId: values.harbour,
    vesselMmsi: values.vessel,
    phone: values.phone,
  };
  const result = await withStore(async (store) => {
    try {
      const added = await addUser(store, input as never);
      // A reset ends the user's sessions in Redis; their open sockets, on every server, go now too.
      if (!added.created) {
        createWorkerBroadcaster(store.redis, store.keys.socketKey()).endUser(added.id);
        await store.redis.ping(); // the publish above is on the wire before the connection closes
      }
      return added;
    } catch (err) {
      if (err instanceof ZodError)
        throw new UsageError(err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
      if (err instanceof Error && err.message.startsWith('no harbour')) throw new UsageError(err.message);
      throw err;
    }
  });
  const ended = result.created ? '' : `; ${result.endedSessions.length} session(s) ended`;
  process.stdout.write(`${result.created ? 'created' : 'updated'} user ${values.username} (${values.role})${ended}\n`);
  return 0;
}
