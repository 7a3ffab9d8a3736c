import { Queue, type ConnectionOptions } from 'bullmq';
import { QUEUES, type QueueName } from '../jobs/queues';
import type { MatchCaseJob } from '../jobs/match-case';
import { NotifyHarbourJob, type NotifyHarbourInput } from '../jobs/notify-harbour';
import { deadlineJobId, escalationJobId, estimateJobId, matchJobId, notificationId } from '../domain/ids';
import type { EscalateRequestJob } from '../jobs/escalate-request';
import type { DockingDeadlineJob } from '../jobs/docking-deadline';
import type { EstimateDueJob } from '../jobs/estimate-due';

/** Tunables of the producers (from config). */
export interface QueueOptions {
  notifyBackoffMs?: number;
  /** First retry delay of matching and deadline jobs. */
  jobBackoffMs?: number;
  /** Connection errors (Redis away); the failing calls report them too, so the default ignores them. */
  onError?: (err: Error) => void;
}

const DEFAULTS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 86400 },
  removeOnFail: false,
};

/**
 * The producers of every queue. Job ids are deterministic so that enqueueing the same thing twice
 * (a retry, a crash-recovery sweep) never runs it twice.
 */
export class Queues {
  readonly byName: Record<QueueName, Queue>;

  constructor(
    connection: ConnectionOptions,
    prefix: string,
    private readonly opts: QueueOptions = {},
  ) {
    const defaultJobOptions = { ...DEFAULTS, backoff: { ...DEFAULTS.backoff, delay: opts.jobBackoffMs ?? 2000 } };
    this.byName = Object.fromEntries(
      QUEUES.map((q) => [q, new Queue(q, { connection, prefix, defaultJobOptions })]),
    ) as Record<QueueName, Queue>;
    for (const q of Object.values(this.byName)) q.on('error', (err) => opts.onError?.(err));
  }

  /** Ask the worker to (re)match a case; `key` makes the job id unique per trigger. */
  async matchCase(job: MatchCaseJob, key: string): Promise<void> {
    await this.byName['match-case'].add('match-case', job, { jobId: matchJobId(job.caseId, key) });
  }

  /** Send one notification; a transient failure (Twilio 5xx, a timeout) is retried with exponential backoff. */
  async notifyHarbour(job: NotifyHarbourInput): Promise<void> {
    const backoff = { type: 'exponential', delay: this.opts.notifyBackoffMs ?? DEFAULTS.backoff.delay };
    await this.byName['notify-harbour'].add('notify-harbour', job, {
      jobId: notificationId(NotifyHarbourJob.parse(job)),
      backoff,
    });
  }

  /** Expire a request at its deadline unless it was answered. */
  async dockingDeadline(job: DockingDeadlineJob, delayMs: number): Promise<void> {
    await this.byName['docking-deadline'].add('docking-deadline', job, {
      jobId: deadlineJobId(job.requestId),
      delay: Math.max(0, delayMs),
    });
  }

  /** Take one escalation step of a request after `delayMs`, unless it was answered meanwhile. */
  async escalateRequest(job: EscalateRequestJob, delayMs: number): Promise<void> {
    await this.byName['escalate-request'].add('escalate-request', job, {
      jobId: escalationJobId(job.requestId, job.step, job.contactIndex),
      delay: Math.max(0, delayMs),
    });
  }

  /**
   * Announce a case's drift estimate when it falls due (or refresh it). The id holds the fix count
   * and the due time, so a new fix starts a new chain and a retry cannot double it.
   */
  async estimateDue(job: EstimateDueJob, dueAt: number): Promise<void> {
    await this.byName['estimate-due'].add('estimate-due', job, {
      jobId: estimateJobId(job.caseId, job.fixCount, dueAt),
      delay: Math.max(0, dueAt - Date.now()),
      removeOnComplete: true,
      attempts: 3,
    });
  }

  /** Waiting/active/delayed/failed counts per queue, for /healthz and /metrics. */
  async depths(): Promise<Record<string, Record<string, number>>> {
    const entries = await Promise.all(
      QUEUES.map(
        async (q) => [q, await this.byName[q].getJobCounts('waiting', 'active', 'delayed', 'failed')] as const,
      ),
    );
    return Object.fromEntries(entries);
  }

  /**
   * When each queue's oldest waiting job became due (ms), for /healthz: a job left waiting long
   * means no worker is taking jobs. Queues with nothing waiting are absent.
   */
  async oldestWaiting(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      QUEUES.map(async (q) => {
        const [job] = await this.byName[q].getJobs(['wait'], 0, 0, true);
        if (!job) return null;
        return [q, Math.max(job.timestamp + (job.delay ?? 0), job.processedOn ?? 0)] as const;
      }),
    );
    return Object.fromEntries(entries.filter((e) => e !== null));
  }

  /** Close every queue connection. */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.byName).map((q) => q.close()));
  }
}
