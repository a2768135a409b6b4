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
  /** Request bodies, cycled through by every connection. */
  bodies: string[];
  connections: number;
  durationSeconds: number;
}

/**
 * Runs autocannon against a GraphQL endpoint for a bounded time with a fixed number of connections,
 * cycling the bodies. A 200 whose body carries `"errors"` counts as a GraphQL error.
 */
export async function httpLoad(options: HttpLoadOptions): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: options.bodies[next++ % options.bodies.length]! }),
        onResponse: (status, body) => {
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
