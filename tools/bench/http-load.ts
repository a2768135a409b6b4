import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadResult {
  requests: number;
  throughput: number;
  p50: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  graphqlErrors: number;
  /** Transport errors and timeouts. */
  errors: number;
}

/** One run's raw measurements: every response's latency (ms) and the run's wall time. */
export interface LoadSamples {
  latencies: number[];
  seconds: number;
  non2xx: number;
  graphqlErrors: number;
  /** Transport errors and timeouts. */
  errors: number;
}

export interface HttpLoadOptions {
  url: string;
  /** Request bodies, cycled through by every connection (ignored by GET). */
  bodies: string[];
  /** @default 'POST' */
  method?: 'GET' | 'POST';
  connections: number;
  durationSeconds: number;
}

/** Runs a load (see httpSamples) and summarises it. */
export async function httpLoad(options: HttpLoadOptions): Promise<LoadResult> {
  return resultOf(await httpSamples(options));
}

/**
 * Runs autocannon against a GraphQL endpoint for a bounded time with a fixed number of connections,
 * cycling the bodies, and keeps every response's latency. A 200 whose body carries `"errors"` counts
 * as a GraphQL error. Latencies are autocannon's own per-response timings (process.hrtime, fractions
 * of a millisecond), not its summary, which rounds to whole milliseconds: a 4 ms p50 could be 3.5 or
 * 4.49, too coarse to compare requests that take a few. One connection is measured by
 * `sequentialLoad` instead.
 */
export async function httpSamples(options: HttpLoadOptions): Promise<LoadSamples> {
  if (options.connections === 1) return sequentialLoad(options);
  let next = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const began = performance.now();
  const load = {
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        ...(options.method === 'GET'
          ? { method: 'GET' as const }
          : {
              method: 'POST' as const,
              headers: { 'content-type': 'application/json' },
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                body: options.bodies[next++ % options.bodies.length]!,
              }),
            }),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(load, (error: unknown, done: autocannon.Result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    // autocannon 9 emits (client, statusCode, bytes, milliseconds); @types/autocannon leaves out the
    // client, so the time is read by position and checked.
    instance.on('response', (...args: unknown[]) => {
      const milliseconds = args[3];
      if (typeof milliseconds !== 'number') throw new Error('autocannon: a response without its time');
      latencies.push(milliseconds);
    });
  });
  return {
    latencies,
    seconds: (performance.now() - began) / 1000,
    non2xx: result.non2xx,
    graphqlErrors,
    errors: result.errors + result.timeouts,
  };
}

/**
 * One client sending the bodies one after another over a kept-alive connection, each timed with
 * `performance.now()` (sub-millisecond), for a bounded time and then to the end of the pass over the
 * bodies (see `inWholePasses`).
 */
async function sequentialLoad(options: HttpLoadOptions): Promise<LoadSamples> {
  const latencies: number[] = [];
  let non2xx = 0;
  let graphqlErrors = 0;
  let errors = 0;
  const began = performance.now();
  const goOn = inWholePasses(
    began + options.durationSeconds * 1000,
    options.method === 'GET' ? 1 : options.bodies.length,
  );
  for (let i = 0; goOn(i); i++) {
    const started = performance.now();
    try {
      const response = await fetch(
        options.url,
        options.method === 'GET'
          ? {}
          : {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: options.bodies[i % options.bodies.length]!,
            },
      );
      const text = await response.text();
      latencies.push(performance.now() - started);
      if (response.status !== 200) non2xx++;
      else if (text.includes('"errors"')) graphqlErrors++;
    } catch {
      errors++;
    }
  }
  return { latencies, seconds: (performance.now() - began) / 1000, non2xx, graphqlErrors, errors };
}

/**
 * Whether a loop that has started `started` requests should start another: until the deadline, and
 * then until every argument of the mix has been asked as often as the others.
 *
 * Why: a slow query samples few requests in a turn. Shortest path on the 1M graph took about 50 of its
 * 64 pairs in a 2-second turn of ours and about 59 in the driver's, each turn from the first pair
 * again, so the targets' percentiles were of different pairs and the last pairs were never asked. In
 * whole passes every target asks every pair equally often.
 */
export function inWholePasses(deadline: number, argumentsInMix: number): (started: number) => boolean {
  return (started) => performance.now() < deadline || started % Math.max(1, argumentsInMix) !== 0;
}

/** The summary of one run's samples. */
export function resultOf(samples: LoadSamples): LoadResult {
  return {
    ...summarize(samples.latencies, samples.seconds),
    non2xx: samples.non2xx,
    graphqlErrors: samples.graphqlErrors,
    errors: samples.errors,
  };
}

/**
 * Several runs of one target as one: their latencies together, throughput over their summed time.
 * Why: targets that take turns (see measureInTurns) each meet the same moments of a shared machine,
 * and a percentile of all their samples moves less than any one run's.
 */
export function pooled(runs: readonly LoadSamples[]): LoadSamples {
  return {
    latencies: runs.flatMap((run) => run.latencies),
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    graphqlErrors: runs.reduce((sum, run) => sum + run.graphqlErrors, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/** Throughput and percentiles of measured latencies (ms), rounded to hundredths. */
export function summarize(
  latencies: number[],
  seconds: number,
): Pick<LoadResult, 'requests' | 'throughput' | 'p50' | 'p97_5' | 'p99'> {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
  return {
    requests: sorted.length,
    throughput: round(sorted.length / seconds),
    p50: at(0.5),
    p97_5: at(0.975),
    p99: at(0.99),
  };
}

/** One request, its parsed body: to check answers before loading. */
export async function postOnce(
  url: string,
  body: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
