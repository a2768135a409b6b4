import type { AnalyticsInput, AnalyticsResult } from '../analytics/index.js';
import { BusyError } from '../errors.js';
import type { ExportableSubgraph, ExportFile, ExportFormat, ExportOptions } from '../export/index.js';
import { processHeavyWorkThread, type HeavyWorkThread } from './heavy-work-thread.js';

export interface WorkTurnsOptions {
  /**
   * The most of the service's time heavy work may take: after a turn of `d` ms, the next waits
   * `d × (1 − share) / share` ms, in which everything else runs. @default 0.5
   */
  share?: number;
  /**
   * A turn shorter than this leaves no pause after it: a small export or analysis costs what other
   * requests do, and the pause is for the long synchronous blocks. @default 10
   */
  pauseAfterMs?: number;
  /** Pieces of work that may wait for a turn; one more is refused at once with BUSY. @default 16 */
  maxWaiting?: number;
  /** The longest a piece of work waits for its turn before it is refused with BUSY. @default 10_000 */
  maxWaitMs?: number;
  /** @default performance.now */
  now?: () => number;
  /** Where `exportSubgraph` and `analyse` run. @default the process's */
  thread?: HeavyWorkThread;
}

/**
 * Whoever asked for a piece of work (a request: RequestOwner). Once it has been answered, or its
 * client has gone, its work that still waits for a turn is not wanted.
 */
export interface WorkOwner {
  readonly answered: boolean;
}

/**
 * What work that was still waiting when its owner was answered rejects with. No client receives it: the
 * answer has gone (graphql-js answers as soon as a non-null field fails, its other fields still
 * running), or the client has.
 */
export class UnwantedWorkError extends Error {
  constructor() {
    super('The work was dropped before its turn: its request had been answered, or its client had gone.');
    this.name = 'UnwantedWorkError';
  }
}

interface Waiting {
  start: () => void;
  drop: () => void;
  owner: WorkOwner | undefined;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Heavy work takes turns: exports (the downloads and GraphQL's `export` fields) and analytics, each run
 * on the heavy-work thread (HeavyWorkThread) by `exportSubgraph` and `analyse`.
 *
 * Why: writing a graph format lays the graph out first (ForceAtlas2), about 100 to 150 ms for the
 * plan's whole graph, and an analysis of 5,000 entities (betweenness is quadratic) took 3 to 4.5 s on a
 * busy 2-core machine; its price lets three into one request. Eight anonymous clients looping on
 * `GET /export/graph?format=gexf` took a well-formed GraphQL client from about 1,000 requests a second
 * to 2. The thread keeps the event loop free while such work runs; the turns bound how much of the
 * machine it takes and how much may queue for it. After a turn the next waits as long as that turn
 * took (at the default share), so however many clients ask, heavy work takes at most half the time
 * and leaves a core to Neo4j and the service; at most `maxWaiting` wait, and more are refused BUSY
 * before their subgraph is read (`assertRoom`). Work asked for while nothing runs, waits or cools down
 * starts at once, and a turn of less than `pauseAfterMs` (a neighbourhood of a few dozen entities)
 * leaves no pause: a client asking for one small export after another is not slowed.
 *
 * One per process (`processWorkTurns`), because what they share is the process's cores.
 */
export class WorkTurns {
  private readonly share: number;
  private readonly pauseAfterMs: number;
  private readonly maxWaiting: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;
  private readonly thread: HeavyWorkThread;
  private readonly waiting: Waiting[] = [];
  /** When the next turn may start (`now()`'s clock). */
  private freeAt = Number.NEGATIVE_INFINITY;
  /** The length of the last turn, to say how long refused work should wait. */
  private lastTurnMs = 0;
  private wake: ReturnType<typeof setTimeout> | null = null;
  /** A turn has started and not yet ended (its work runs on another thread, or is still running here). */
  private running = false;

  constructor(options: WorkTurnsOptions = {}) {
    this.share = options.share ?? 0.5;
    this.pauseAfterMs = options.pauseAfterMs ?? 10;
    this.maxWaiting = options.maxWaiting ?? 16;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.now = options.now ?? (() => performance.now());
    this.thread = options.thread ?? processHeavyWorkThread;
    if (!(this.share > 0 && this.share <= 1)) throw new Error(`share must be in (0, 1], not ${this.share}`);
  }

  /**
   * Runs `work` in its turn: at once when no other work runs, waits or cools down, else after the work
   * before it. The turn lasts until `work` returns, or until the promise it returns settles (work done
   * on another thread). Rejects with BusyError when `maxWaiting` pieces of work already wait, or when
   * this one has waited `maxWaitMs`; `work`'s own error rejects the promise as it is.
   *
   * Work whose `owner` has been answered, when it is asked for or by the time its turn would come, is
   * dropped unrun, rejecting with UnwantedWorkError, and no longer counts among those waiting. Why:
   * graphql-js answers as soon as a non-null field fails, and the request's other export and analytics
   * fields still waited here; a client sending one such query after another filled the turns with work
   * nobody would read (the fuzz, one request at a time, was refused BUSY). Work already running is left
   * to finish: it is on the heavy-work thread, and its turn is bounded by the query's price.
   */
  take<T>(work: () => T | Promise<T>, owner?: WorkOwner): Promise<T> {
    // graphql-js goes on resolving a request's other fields after answering it.
    if (owner?.answered) return Promise.reject(new UnwantedWorkError());
    this.dropUnwanted();
    if (!this.running && this.waiting.length === 0 && this.now() >= this.freeAt) return this.runTurn(work);
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(this.busy());
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        start: () => this.runTurn(work).then(resolve, reject),
        drop: () => reject(new UnwantedWorkError()),
        owner,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(this.busy());
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
      this.scheduleNext();
    });
  }

  /** `exportSubgraph` in its turn, on the heavy-work thread (`owner` as for `take`). */
  exportSubgraph(
    subgraph: ExportableSubgraph,
    format: ExportFormat,
    options: ExportOptions = {},
    owner?: WorkOwner,
  ): Promise<ExportFile> {
    return this.take(() => this.thread.exportSubgraph(subgraph, format, options), owner);
  }

  /** `computeAnalytics` in its turn, on the heavy-work thread (`owner` as for `take`). */
  analyse(subgraph: AnalyticsInput, owner?: WorkOwner): Promise<AnalyticsResult> {
    return this.take(() => this.thread.analyse(subgraph), owner);
  }

  /**
   * Throws BusyError when new work would be refused now: a download or an analysis checks this before
   * it reads its subgraph, so a refusal costs no store read.
   */
  assertRoom(): void {
    this.dropUnwanted();
    if (this.waiting.length >= this.maxWaiting) throw this.busy();
  }

  /** Pieces of work waiting for their turn (not counting any whose owner has been answered). */
  get waitingCount(): number {
    this.dropUnwanted();
    return this.waiting.length;
  }

  /** Drops the waiting work whose owner has been answered (see `take`). */
  private dropUnwanted(): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const entry = this.waiting[i]!;
      if (!entry.owner?.answered) continue;
      this.waiting.splice(i, 1);
      clearTimeout(entry.timer);
      entry.drop();
    }
  }

  private runTurn<T>(work: () => T | Promise<T>): Promise<T> {
    const started = this.now();
    this.running = true;
    let outcome: Promise<T>;
    try {
      outcome = Promise.resolve(work());
    } catch (error) {
      outcome = Promise.reject(error as Error);
    }
    return outcome.finally(() => {
      const ended = this.now();
      this.running = false;
      this.lastTurnMs = ended - started;
      const pause =
        this.lastTurnMs < this.pauseAfterMs ? 0 : (this.lastTurnMs * (1 - this.share)) / this.share;
      this.freeAt = ended + pause;
      this.scheduleNext();
    });
  }

  /** Starts the first waiting work when the pause after the last turn is over (a timer: never in the same tick). */
  private scheduleNext(): void {
    if (this.wake !== null || this.running || this.waiting.length === 0) return;
    this.wake = setTimeout(
      () => {
        this.wake = null;
        // A turn still running schedules the next itself when it ends.
        if (this.running) return;
        if (this.now() < this.freeAt) return this.scheduleNext();
        this.dropUnwanted();
        const next = this.waiting.shift();
        if (!next) return;
        clearTimeout(next.timer);
        next.start();
      },
      Math.max(0, this.freeAt - this.now()),
    );
  }

  /**
   * BUSY, with a wait long enough for those already waiting to have had their turns (each as long as
   * the last, with its pause), so that a client that waits as told finds room.
   */
  private busy(): BusyError {
    const waitMs =
      Math.max(0, this.freeAt - this.now()) + (this.waiting.length * this.lastTurnMs) / this.share;
    return new BusyError('exports and analyses', Math.max(1, Math.ceil(waitMs / 1000)));
  }
}

/** The process's one set of turns (see WorkTurns for why there is one). */
export const processWorkTurns = new WorkTurns();
