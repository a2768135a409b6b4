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

export interface HttpLoadOptions {
  url: string;
  /** Request bodies, cycled through by every connection (ignored by GET). */
  bodies: string[];
  /** @default 'POST' */
  method?: 'GET' | 'POST';
  connections: number;
  durationSeconds: number;
}

/**
 * Runs autocannon against a GraphQL endpoint for a bounded time with a fixed number of connections,
 * cycling the bodies. A 200 whose body carries `"errors"` counts as a GraphQL error. One connection
 * is measured by `sequentialLoad` instead: autocannon records whole milliseconds, too coarse for
 * requests that take one or two.
 */
export async function httpLoad(options: HttpLoadOptions): Promise<LoadResult> {
  if (options.connections === 1) return sequentialLoad(options);
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
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
  });
  // Latencies in ms. autocannon reports p97.5, not p95, so every table reports p97.5.
  return {
    requests: result.requests.total,
    throughput: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors,
    errors: result.errors + result.timeouts,
  };
}

/**
 * One client sending the bodies one after another over a kept-alive connection, each timed with
 * `performance.now()` (sub-millisecond), for a bounded time.
 */
async function sequentialLoad(options: HttpLoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let graphqlErrors = 0;
  let errors = 0;
  const began = performance.now();
  const deadline = began + options.durationSeconds * 1000;
  for (let i = 0; performance.now() < deadline; i++) {
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
  const seconds = (performance.now() - began) / 1000;
  return { ...summarize(latencies, seconds), non2xx, graphqlErrors, errors };
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
