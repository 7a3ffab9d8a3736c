/**
 * `haven <command>`: each command lives in its own file and exports `run(args)`, resolving to the
 * exit code. Bad input exits 2 with a one-line reason on stderr (see CLI contract).
 */
import { UsageError } from './usage-error';

type Command = { run: (args: string[]) => Promise<number> };

// Loaded lazily with require so `haven parse-position` does not pay for express and BullMQ.
const COMMANDS: Record<string, () => Command> = {
  server: () => require('./roles') as Command,
  worker: () => require('./roles') as Command,
  all: () => require('./roles') as Command,
  demo: () => require('./demo') as Command,
  'parse-position': () => require('./parse-position') as Command,
  'decode-ais': () => require('./decode-ais') as Command,
  user: () => require('./user') as Command,
  harbour: () => require('./harbour') as Command,
  export: () => require('./export') as Command,
  audit: () => require('./audit') as Command,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: haven <${Object.keys(COMMANDS).join('|')}> ...\n`);
    return 2;
  }
  try {
    const cmd = load();
    return await cmd.run(name === 'server' || name === 'worker' || name === 'all' ? [name, ...args] : args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`haven ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`haven: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
