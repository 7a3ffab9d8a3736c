import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestHandler } from 'express';

/** Prometheus metrics of one server process. Counts only: never labels that carry personal data. */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'haven_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'haven_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly callsLogged = new Counter({
    name: 'haven_calls_logged_total',
    help: 'Distress calls logged, by whether they opened a case or joined one',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  constructor(
    private readonly collectors: {
      queueDepths: () => Promise<Record<string, Record<string, number>>>;
      feeds?: () => Promise<Record<string, Record<string, number>>>;
      /** The live workers' published metrics (JSON from prom-client), added up into this output. */
      workers?: () => Promise<string[]>;
    },
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'haven_' });
    new Gauge({
      name: 'haven_queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const [queue, counts] of Object.entries(await collectors.queueDepths())) {
          for (const [state, n] of Object.entries(counts)) this.set({ queue, state }, n);
        }
      },
    });
    if (collectors.feeds) {
      const feeds = collectors.feeds;
      // AIS feeds run in the worker process: their counters live in Redis so any server can report them.
      new Gauge({
        name: 'haven_ais_feed',
        help: 'AIS feed counters (lines, messages, skipped by reason, connections)',
        labelNames: ['feed', 'counter'],
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const [feed, counters] of Object.entries(await feeds())) {
            for (const [counter, n] of Object.entries(counters)) this.set({ feed, counter }, n);
          }
        },
      });
    }
  }

  /**
   * This process's metrics followed by the sum of every live worker's (jobs, notifications, AIS
   * lag): one scrape of any server describes the deployment.
   */
  async render(): Promise<string> {
    const own = await this.registry.metrics();
    const published = (await this.collectors.workers?.()) ?? [];
    if (!published.length) return own;
    const workers = AggregatorRegistry.aggregate(published.map((j) => JSON.parse(j) as object[]));
    return `${own}\n${await workers.metrics()}`;
  }

  /** Express middleware counting requests by route pattern (not by URL, which may hold ids). */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.httpDuration.startTimer();
      res.on('finish', () => {
        const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : req.baseUrl || 'other';
        this.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
        end({ method: req.method, route });
      });
      next();
    };
  }
}
