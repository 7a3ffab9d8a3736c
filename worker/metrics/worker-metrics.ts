import { Counter, Histogram, Registry } from 'prom-client';
import type { Job } from 'bullmq';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Prometheus metrics of one worker process: jobs by queue and outcome, how long jobs waited and
 * ran, notifications sent, failed and escalated, matching failures, AIS flush lag. The worker has no
 * HTTP listener: it publishes these to Redis (worker-metrics-publisher.ts) and every server's
 * /metrics adds up the live workers'. Labels never carry ids or personal data.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly jobs = new Counter({
    name: 'haven_jobs_total',
    help: 'Jobs processed by queue and outcome (completed, failed: will retry, failed_final, delayed)',
    labelNames: ['queue', 'outcome'],
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'haven_job_duration_seconds',
    help: 'Time a job ran, by queue',
    labelNames: ['queue'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly jobWait = new Histogram({
    name: 'haven_job_wait_seconds',
    help: 'Time a job waited between becoming due and starting, by queue',
    labelNames: ['queue'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly notifications = new Counter({
    name: 'haven_notifications_total',
    help: 'Harbour notifications by outcome (sent, outbox, failed: will retry, escalated: a human must act)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly matchingFailed = new Counter({
    name: 'haven_matching_failed_total',
    help: 'Matching runs that failed for good (the case is re-queued and escalated)',
    registers: [this.registry],
  });
  readonly aisLag = new Histogram({
    name: 'haven_ais_flush_lag_seconds',
    help: 'Age of the oldest report in an AIS batch when it reached Redis and the consoles',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry],
  });
  readonly aisBatch = new Histogram({
    name: 'haven_ais_batch_vessels',
    help: 'Vessels per AIS batch',
    buckets: [1, 10, 100, 500, 1000, 5000, 20000],
    registers: [this.registry],
  });

  /** A job started: how long it waited since it became due. */
  started(queue: string, job: Job, now = Date.now()): void {
    const due = Math.max(job.timestamp + (job.delay ?? 0), job.finishedOn ?? 0);
    this.jobWait.observe({ queue }, Math.max(0, now - due) / 1000);
  }
}
