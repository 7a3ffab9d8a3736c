import { normalizeCaller } from '../../shared/phone';
import type { WorkerDeps } from '../deps';
import { sendOnce } from '../notify/send-once';

/**
 * Matching found no willing harbour left for a case: the timeline says so (and the matching
 * summary turns `exhausted`), supervisors' consoles raise an alarm, and every supervisor on duty
 * with a phone gets an SMS. The console alarm comes from the run that finds the case exhausted
 * first; the SMS goes out from every run that finds it so (a run that crashed after marking the
 * case still texts on its retry), once per supervisor and number of harbours asked: the send is
 * at most once per id (sendOnce). A new round of requests ends the state.
 */
export async function raiseExhausted(deps: WorkerDeps, caseId: string, asked: number): Promise<void> {
  const summary = 'NO WILLING HARBOUR LEFT to ask: a supervisor must find a port by phone';
  const first = await deps.store.cases.markExhausted(caseId, {
    type: 'escalation',
    actor: 'worker',
    summary,
  });
  const at = new Date().toISOString();
  if (first) {
    deps.broadcast.alarm({ caseId, kind: 'exhausted', summary, at });
    deps.broadcast.notification({
      id: `escalation:${caseId}:${asked}`,
      requestId: '',
      caseId,
      harbourId: '',
      channel: 'sms',
      status: 'escalated',
      at,
      detail: 'no willing harbour left',
    });
  }
  const onDuty = (await deps.store.users.withRole(['supervisor'])).filter((u) => u.onDuty && u.phone);
  for (const u of onDuty) {
    const to = normalizeCaller(u.phone!).e164;
    if (!to) continue;
    try {
      await sendOnce(deps.notifier, deps.store.sends, {
        id: `alarm.${caseId}.${asked}.${u.id}`,
        to,
        body: `HAVEN ALARM: case ${caseId} has no willing harbour left to ask (${asked} asked). Find a port by phone.`,
        channel: 'sms',
        requestId: '',
        caseId,
        harbourId: '',
        contactName: u.username,
      });
    } catch (err) {
      // The console alarm stands; the timeline says the SMS did not go, and to whom it was meant.
      await deps.store.cases.note(caseId, {
        type: 'escalation',
        actor: 'worker',
        summary: `alarm SMS to supervisor ${u.username} failed: ${(err as Error).message.slice(0, 160)}`,
      });
    }
  }
}
