import { notificationId, type NotificationRef } from '../../shared/domain/ids';
import type { NotificationStatus } from '../../shared/realtime/events';
import type { Deps } from '../deps';
import { loadCase } from '../../shared/backend/cases/load-case';
import { notificationFailed } from '../../shared/backend/cases/escalation';

/** What became of a notification: still on its way, handed over, arrived, or never will. */
export type DeliveryOutcome = 'queued' | 'sent' | 'delivered' | 'failed';

/** A provider's delivery report in Haven's words, with the provider's own status for the record. */
export interface DeliveryReport {
  outcome: DeliveryOutcome;
  providerStatus: string;
  errorCode?: string;
}

/**
 * Record a delivery report on one notification. A harbour that could not be reached while its
 * request is still pending is escalated to a human on the case timeline; a delivery is documented;
 * operators see every change live. Each outcome is recorded once however often it is reported.
 * Null when the request is unknown (purged, or never Haven's).
 */
export async function recordDelivery(
  deps: Deps,
  job: NotificationRef,
  report: DeliveryReport,
): Promise<NotificationStatus | null> {
  const r = await deps.store.docking.get(job.requestId);
  if (!r) return null;
  const id = notificationId(job);
  if (!(await deps.store.deliveries.firstReport(id, report.outcome))) return null;
  const escalate = report.outcome === 'failed' && r.status === 'pending';
  const detail = `Twilio: ${report.providerStatus}${report.errorCode ? ` (error ${report.errorCode})` : ''}`;
  const whom = `${r.harbourName} contact ${job.contactIndex + 1}`;
  const data = {
    requestId: r.id,
    notificationId: id,
    providerStatus: report.providerStatus,
    errorCode: report.errorCode ?? null,
  };
  if (escalate) {
    await deps.store.cases.note(r.caseId, {
      type: 'escalation',
      actor: 'twilio',
      summary: `COULD NOT REACH ${whom} by ${job.channel} (${detail}). Call them by hand.`,
      data,
    });
  } else if (report.outcome === 'failed') {
    await deps.store.cases.note(r.caseId, {
      type: 'notification',
      actor: 'twilio',
      summary:
        `${job.channel === 'sms' ? 'SMS' : 'voice call'} to ${whom} failed (${detail}); ` +
        `the request is already ${r.status}`,
      data,
    });
  } else if (report.outcome === 'delivered') {
    await deps.store.cases.note(r.caseId, {
      type: 'notification',
      actor: 'twilio',
      summary: job.channel === 'sms' ? `SMS to ${whom} delivered` : `voice call to ${whom} answered`,
      data,
    });
  }
  const status: NotificationStatus = {
    id,
    requestId: r.id,
    caseId: r.caseId,
    harbourId: r.harbourId,
    channel: job.channel,
    status: escalate ? 'escalated' : report.outcome,
    at: new Date().toISOString(),
    detail,
  };
  deps.broadcast.notification(status);
  // An SMS that failed becomes a call; a call that failed moves on to the next contact or harbour.
  if (escalate) await notificationFailed(deps, job);
  if (report.outcome === 'failed' || report.outcome === 'delivered') {
    const c = await loadCase(deps.store, r.caseId);
    if (c) deps.broadcast.caseChanged(c);
  }
  return status;
}
