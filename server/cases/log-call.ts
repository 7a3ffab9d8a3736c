import type { Case, CallInput } from '../../shared/domain/case';
import { normalizeCaller } from '../../shared/phone';
import type { Deps } from '../deps';
import type { Auth } from '../http/auth';
import { callerHash } from './caller-thread';
import { changesSummary, describeChanges } from './describe-changes';
import { loadCase } from '../../shared/backend/cases/load-case';
import { latestFix, locate } from '../../shared/backend/cases/locate';
import { matchWhenLocated } from './match-when-located';
import { recordFix } from './record-fix';
import { scheduleEstimate } from '../../shared/backend/cases/schedule-estimate';

/** The result of logging a call: the call's id and the (new or joined) case. */
export interface LoggedCall {
  callId: string;
  caseId: string;
  case: Case;
  joined: boolean;
}

/**
 * Log a distress call (or a caller's SMS, with channel 'sms'): normalise the number -> locate ->
 * thread onto the caller's open case or open a new one -> store durably -> only then enqueue
 * matching -> tell the consoles.
 */
export async function logCall(
  deps: Deps,
  input: CallInput,
  actor: Auth['user'],
  channel = 'hotline',
): Promise<LoggedCall> {
  const { store } = deps;
  const caller = normalizeCaller(input.callerNumber);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt).toISOString() : new Date().toISOString();
  const callId = await store.cases.nextCallId();
  const newId = await store.cases.nextId();
  const existingId = await store.cases.claimThread(callerHash(caller), newId);
  const caseId = existingId ?? newId;
  const previous = existingId ? latestFix(await store.cases.fixes(existingId)) : undefined;
  const source = channel === 'sms' ? 'sms' : 'caller';
  const fix = locate({ text: input.position, lat: input.lat, lon: input.lon, source, at: receivedAt }, previous);
  const entry = {
    type: 'call' as const,
    actor: actor.username,
    at: receivedAt,
    summary:
      `${channel === 'sms' ? 'SMS' : `${channel} call`} ${callId}` +
      `${caller.satellite ? ` (${caller.satellite} satellite phone)` : ''}` +
      `${input.personsOnBoard !== undefined ? `, ${input.personsOnBoard} persons on board` : ''}` +
      `${fix ? `, position ${fix.lat !== null ? 'fixed' : 'NOT understood'}` : ', no position'}`,
    data: { callId, channel, personsOnBoard: input.personsOnBoard ?? null, warnings: fix?.warnings ?? [] },
  };
  const counts = {
    personsOnBoard: input.personsOnBoard,
    men: input.men,
    women: input.women,
    children: input.children,
    medical: input.medical,
  };

  if (existingId) {
    if (fix) await recordFix(store, caseId, fix, entry);
    else await store.cases.note(caseId, entry);
    const changed = Object.fromEntries(
      Object.entries({ ...counts, boat: input.boat, departure: input.departure }).filter(([, v]) => v !== undefined),
    );
    const rec = await store.cases.record(caseId);
    const changes = rec ? describeChanges(rec, changed) : [];
    if (changes.length) {
      await store.cases.patch(caseId, changed, {
        type: 'details',
        actor: actor.username,
        summary: `${callId}: ${changesSummary(changes)}`,
        data: { changes, callId, reason: null },
      });
    }
  } else {
    const code = await store.cases.nextCode(deps.config.caseCodePrefix, new Date(receivedAt).getUTCFullYear());
    await store.cases.create(
      {
        id: caseId,
        code,
        status: 'open',
        outcome: null,
        phase: 'DETRESFA',
        callerNumber: caller.display,
        personsOnBoard: counts.personsOnBoard ?? null,
        men: counts.men ?? null,
        women: counts.women ?? null,
        children: counts.children ?? null,
        medical: counts.medical ?? null,
        dead: null,
        missing: null,
        nationalities: [],
        boat: input.boat ?? {},
        departure: input.departure ?? {},
        rescuedBy: null,
        disembarkation: {},
        mergedInto: null,
        mergedFrom: [],
        splitFrom: null,
        notes: input.notes ?? '',
        createdAt: receivedAt,
        updatedAt: new Date().toISOString(),
      },
      fix,
      entry,
    );
    // Durable now (the MULTI returned); a crash before this line is healed by the pending-match sweep.
    await deps.queues.matchCase({ caseId, reason: 'new' }, 'new');
  }
  const c = await loadCase(store, caseId);
  if (!c) throw new Error(`case ${caseId} vanished after write`);
  if (existingId && fix?.lat != null) await matchWhenLocated(deps, c);
  if (fix?.lat != null) await scheduleEstimate(deps.queues, c);
  deps.broadcast.caseChanged(c, !existingId);
  deps.metrics.callsLogged.inc({ kind: existingId ? 'joined' : 'new' });
  deps.log.info({ component: 'calls', callId, caseId, joined: Boolean(existingId) }, 'call logged');
  return { callId, caseId, case: c, joined: Boolean(existingId) };
}
