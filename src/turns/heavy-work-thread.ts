import { Worker } from 'node:worker_threads';
import type { AnalyticsInput, AnalyticsResult } from '../analytics/index.js';
import {
  checkExportOptions,
  type ExportableSubgraph,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
} from '../export/index.js';
import type { HeavyJob, HeavyReply } from './heavy-job.js';

interface Pending {
  resolve: (reply: HeavyReply) => void;
  reject: (error: Error) => void;
}

/**
 * Writes exports and computes analytics on a thread of their own, so that the service's event loop
 * goes on answering while they run.
 *
 * Why: a whole-graph export's layout is 100 to 150 ms of synchronous work, and an analysis of 5,000
 * entities seconds; on the event loop, every other request waited for them (WorkTurns bounds how
 * much of the time they take, not how long one of them holds everything else). Here the event loop
 * pays only for copying the subgraph across and the answer back.
 *
 * One thread, started at the first job (and again if it ever exits), doing one job at a time in the
 * order they come; WorkTurns decides which jobs come and when. It keeps the process alive only while
 * it has work. A job's own error (a bug: the callers check their input first) rejects as a plain Error
 * carrying the thread's message, which the service masks as internal.
 */
export class HeavyWorkThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `exportSubgraph`, on the thread. Throws BadInputError at once for options the format does not take. */
  async exportSubgraph(
    subgraph: ExportableSubgraph,
    format: ExportFormat,
    options: ExportOptions = {},
  ): Promise<ExportFile> {
    checkExportOptions(format, options);
    const reply = await this.run({
      kind: 'export',
      subgraph: { nodes: subgraph.nodes, relationships: subgraph.relationships },
      format,
      options,
    });
    if (reply.kind !== 'export') throw new Error('the heavy-work thread answered an export with an analysis');
    return reply.file;
  }

  /** `computeAnalytics`, on the thread; the metrics carry the caller's own entity records. */
  async analyse(subgraph: AnalyticsInput): Promise<AnalyticsResult> {
    const reply = await this.run({
      kind: 'analytics',
      subgraph: { nodes: subgraph.nodes, relationships: subgraph.relationships },
    });
    if (reply.kind !== 'analytics')
      throw new Error('the heavy-work thread answered an analysis with an export');
    const entities = new Map(subgraph.nodes.map((entity) => [entity.id, entity]));
    const { kind: _kind, metrics, ...counts } = reply;
    return {
      ...counts,
      metrics: metrics.map(({ entityId, ...scores }) => ({ entity: entities.get(entityId)!, ...scores })),
    };
  }

  /** Stops the thread (jobs still running reject); the next job starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private run(job: HeavyJob): Promise<HeavyReply> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<HeavyReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, job });
    });
  }

  private start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', ({ id, reply, error }: { id: number; reply?: HeavyReply; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply) waiting.resolve(reply);
      else waiting.reject(new Error(`The heavy-work thread failed: ${error}`));
    });
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`The heavy-work thread exited (code ${code}).`)));
    return worker;
  }
}

/**
 * The thread's entry, compiled (`dist/`) or, when the service runs from its TypeScript source (tsx, the
 * tests), the source file behind tsx's loader: a worker thread does not inherit the loaders of the
 * thread that starts it.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./heavy-work-worker.js', here));
  const entry = new URL('./heavy-work-worker.ts', here).href;
  const loader = import.meta.resolve('tsx/esm/api');
  return new Worker(
    `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true },
  );
}

/** The process's thread, which every service in it shares (as they share its cores). */
export const processHeavyWorkThread = new HeavyWorkThread();
