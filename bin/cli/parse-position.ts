/**
 * `haven parse-position "<text>"` (or `-` to read the text from stdin): prints one JSON line
 * `{"lat":..,"lon":..,"format":".."}`. Text that holds no single unambiguous valid position is a
 * usage error: the dispatcher prints the parser's reason and exits 2.
 */
import { parsePosition } from '../../shared/geo/position';
import { readStdin } from './read-stdin';
import { UsageError } from './usage-error';

/** Runs the command; resolves to the exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('expects one argument: the position text in quotes, or - to read it from stdin');
  const text = args[0] === '-' ? await readStdin() : args[0];
  const parsed = parsePosition(text);
  if (!parsed.ok) throw new UsageError(parsed.reason);
  process.stdout.write(`${JSON.stringify({ lat: parsed.lat, lon: parsed.lon, format: parsed.format })}\n`);
  return 0;
}
