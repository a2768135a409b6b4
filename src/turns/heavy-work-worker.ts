import { parentPort } from 'node:worker_threads';
import { computeAnalytics } from '../analytics/index.js';
import { exportSubgraph } from '../export/index.js';
import type { HeavyJob, HeavyReply } from './heavy-job.js';

/**
 * The heavy-work thread's entry (see HeavyWorkThread): runs each job it is sent, one at a time, and
 * posts the result or the error's message back under the job's id. An analysis goes back with entity
 * ids in place of the records, which the other side already holds.
 */
parentPort!.on('message', ({ id, job }: { id: number; job: HeavyJob }) => {
  let reply: HeavyReply;
  try {
    if (job.kind === 'export') {
      reply = { kind: 'export', file: exportSubgraph(job.subgraph, job.format, job.options) };
    } else {
      const { metrics, ...counts } = computeAnalytics(job.subgraph);
      reply = {
        kind: 'analytics',
        ...counts,
        metrics: metrics.map(({ entity, ...scores }) => ({ ...scores, entityId: entity.id })),
      };
    }
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  parentPort!.postMessage({ id, reply });
});
