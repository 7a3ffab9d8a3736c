import { getOutbox, type OutboxMessage } from '../api/outbox';
import { errorMessage } from '../api/http';
import { Store } from './store';

/** The outbox as last read from the API. */
export interface OutboxState {
  /** Null until the first answer. */
  twilioConfigured: boolean | null;
  /** Newest first. */
  messages: readonly OutboxMessage[];
  /** Why the last read failed, or null. */
  error: string | null;
}

const EMPTY: OutboxState = { twilioConfigured: null, messages: [], error: null };

/** Notifications stored instead of sent, for operators to relay by hand. */
export const outbox = new Store<OutboxState>(EMPTY);

let running: Promise<void> | null = null;
let again = false;
let generation = 0;

/**
 * Re-reads the outbox. The events that trigger this come in bursts (one per contact and channel),
 * so a call made while a read is running asks for one more read afterwards instead of another
 * request in parallel.
 */
export function refreshOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  const gen = generation;
  running = readUntilCurrent(gen).finally(() => {
    // After a reset, a newer read may be running: leave it alone.
    if (gen === generation) running = null;
  });
  return running;
}

async function readUntilCurrent(gen: number): Promise<void> {
  do {
    again = false;
    try {
      const o = await getOutbox();
      if (gen === generation) outbox.set({ ...o, error: null });
    } catch (err) {
      if (gen === generation) outbox.set({ ...outbox.get(), error: errorMessage(err) });
    }
  } while (again && gen === generation);
}

/** The messages of one case, newest first. */
export function outboxOfCase(state: OutboxState, caseId: string): OutboxMessage[] {
  return state.messages.filter((m) => m.caseId === caseId);
}

/** Forgets the outbox (on logout); a read still running is ignored when it answers. */
export function resetOutbox(): void {
  generation += 1;
  again = false;
  running = null;
  outbox.set(EMPTY);
}
