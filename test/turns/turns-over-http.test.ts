import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/server/start-service.js';
import type { AnalyticsInput, AnalyticsResult } from '../../src/analytics/index.js';
import type { ExportableSubgraph, ExportFile, ExportFormat, ExportOptions } from '../../src/export/index.js';
import { HeavyWorkThread, WorkTurns, type WorkTurnsOptions } from '../../src/turns/index.js';
import { startTestService } from '../support/graphql-harness.js';

describe('downloads, export fields and analytics take turns, and leave the service its time', () => {
  let service: RunningService;
  // Each test's service has turns of its own: none waits behind another test's downloads.
  let turns: WorkTurns;

  // What the service logged at error level, test by test.
  let errorsLogged: unknown[] = [];
  async function start(options: WorkTurnsOptions = {}): Promise<void> {
    turns = new WorkTurns(options);
    errorsLogged = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => errorsLogged.push(JSON.parse(line)) });
    service = await startTestService({ introspection: false, workTurns: turns, logger });
  }
  afterEach(() => service.stop());

  /** Fills the service's turns: one piece of work runs for 200 ms, and sixteen wait for the pause after it. */
  async function fill(): Promise<Promise<unknown>[]> {
    const started = performance.now();
    await turns.take(() => {
      while (performance.now() - started < 200);
    });
    return Array.from({ length: 16 }, () => turns.take(() => null));
  }

  // The whole plan graph in GEXF: its layout is the heavy part of a download.
  const download = (signal?: AbortSignal) =>
    fetch(`${service.url}/export/graph?format=gexf`, signal ? { signal } : {});
  const postQuery = (query: string, signal?: AbortSignal) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      ...(signal ? { signal } : {}),
    });

  it('answers a request that comes while downloads wait, before they are written', async () => {
    await start();
    let written = 0;
    const downloads = Array.from({ length: 8 }, () =>
      download().then(async (response) => {
        expect(response.status).toBe(200);
        await response.text();
        written++;
      }),
    );
    await Promise.race(downloads);
    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    // Each of the seven left takes a turn and a pause as long; /health came in one turn at most.
    const waitingWhenAnswered = 8 - written;
    expect(waitingWhenAnswered).toBeGreaterThanOrEqual(5);
    await Promise.all(downloads);
  }, 60_000);

  it('refuses a download with 503 BUSY and Retry-After when 16 already wait', async () => {
    await start();
    const responses = await Promise.all(
      Array.from({ length: 24 }, () =>
        download().then(async (response) => ({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: await response.text(),
        })),
      ),
    );
    const refused = responses.filter((response) => response.status === 503);
    // One runs at once and 16 wait: the other 7 are refused (all 24 come in during the first turn).
    expect(responses.filter((response) => response.status === 200)).toHaveLength(17);
    expect(refused).toHaveLength(7);
    for (const { retryAfter, body } of refused) {
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      const { errors } = JSON.parse(body) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(errors[0]!.extensions).toMatchObject({ code: 'BUSY', retryAfterSeconds: Number(retryAfter) });
      expect(errors[0]!.message).toBe(
        `The service is busy with other exports and analyses. Try again in ${retryAfter} s.`,
      );
    }
  }, 60_000);

  it('refuses analytics BUSY when too many wait, before it reads its selection', async () => {
    await start();
    const waiting = await fill();
    const response = await postQuery('{ analytics { nodeCount } }');
    const result = (await response.json()) as {
      data: null;
      errors: { path: string[]; message: string; extensions: Record<string, unknown> }[];
    };
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: ['analytics'], extensions: { code: 'BUSY' } });
    expect(result.errors[0]!.message).toMatch(
      /^The service is busy with other exports and analyses\. Try again in \d+ s\.$/,
    );
    await Promise.all(waiting);
  });

  it('runs analytics in its turn when there is room', async () => {
    await start();
    const response = await postQuery('{ analytics { nodeCount communityCount } }');
    const result = (await response.json()) as { data: { analytics: { nodeCount: number } } };
    expect(result.data.analytics.nodeCount).toBeGreaterThan(100);
    expect(turns.waitingCount).toBe(0);
  });

  it('gives GraphQL’s export field BUSY in its place when too many wait, and the rest of the answer', async () => {
    await start();
    const waiting = await fill();
    const response = await postQuery(
      '{ entity(id: "district:jiading") { name } shortestPath(from: "city:wenzhou", to: "district:jiading") { export(format: GEXF) { fileName } } }',
    );
    const result = (await response.json()) as {
      data: { entity: { name: string }; shortestPath: null };
      errors: { path: string[]; extensions: Record<string, unknown> }[];
    };
    expect(result.data).toEqual({ entity: { name: 'Jiading' }, shortestPath: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      path: ['shortestPath', 'export'],
      extensions: { code: 'BUSY' },
    });
    await Promise.all(waiting);
  });

  describe('work its request no longer wants', () => {
    /** A heavy-work thread that counts the exports it is asked to write, and the analyses. */
    class CountingThread extends HeavyWorkThread {
      exports = 0;
      analyses = 0;
      override analyse(subgraph: AnalyticsInput): Promise<AnalyticsResult> {
        this.analyses++;
        return super.analyse(subgraph);
      }
      override exportSubgraph(
        subgraph: ExportableSubgraph,
        format: ExportFormat,
        options?: ExportOptions,
      ): Promise<ExportFile> {
        this.exports++;
        return super.exportSubgraph(subgraph, format, options);
      }
    }
    let thread: CountingThread;
    afterEach(() => thread.close());

    // A turn of 150 ms at a share of a twentieth: 2,850 ms of pause after it, in which new work waits.
    const PAUSE_MS = 2850;
    async function startCooling(): Promise<void> {
      thread = new CountingThread();
      await start({ share: 0.05, thread });
      const started = performance.now();
      await turns.take(() => {
        while (performance.now() - started < 150);
      });
    }
    const pauseOver = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS + 300));

    it('drops a query’s exports still waiting when a non-null field fails and the query is answered', async () => {
      await startCooling();
      const response = await postQuery(
        '{ a: graph(selection: { limit: 500 }) { export(format: GEXF) { fileName } } b: graph(selection: { limit: 500 }) { export(format: GRAPHML) { fileName } } bad: search(query: "") { score } }',
      );
      const result = (await response.json()) as {
        data: null;
        errors: { path: string[]; extensions: Record<string, unknown> }[];
      };
      expect(result.data).toBeNull();
      expect(result.errors.map((error) => [error.path, error.extensions['code']])).toEqual([
        [['bad'], 'BAD_USER_INPUT'],
      ]);
      await pauseOver();
      // Nothing waits, and neither export was written after the pause.
      expect(turns.waitingCount).toBe(0);
      expect(thread.exports).toBe(0);
    });

    /** Asks for work that waits in the pause, and goes away before its turn. */
    async function goAwayWhileWaiting(ask: (signal: AbortSignal) => Promise<Response>): Promise<void> {
      await startCooling();
      const client = new AbortController();
      const asked = ask(client.signal).catch((error: unknown) => error);
      await expect.poll(() => turns.waitingCount, { timeout: PAUSE_MS }).toBe(1);
      client.abort();
      expect(await asked).toMatchObject({ name: 'AbortError' });
      await pauseOver();
      expect(turns.waitingCount).toBe(0);
    }

    it('drops a download whose client has gone while it waited', async () => {
      await goAwayWhileWaiting((signal) => download(signal));
      expect(thread.exports).toBe(0);
      // The service goes on answering downloads.
      const next = await download();
      expect(next.status).toBe(200);
      expect(thread.exports).toBe(1);
    });

    it('drops an analysis whose client has gone while it waited', async () => {
      await goAwayWhileWaiting((signal) => postQuery('{ analytics { nodeCount } }', signal));
      expect(thread.analyses).toBe(0);
      // Dropping it is no internal error: nothing is logged.
      expect(errorsLogged).toEqual([]);
    });
  });
});
