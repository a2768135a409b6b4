import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { driverSamples } from '../../tools/bench/driver-loop.js';
import { httpSamples, pooled, type LoadSamples } from '../../tools/bench/http-load.js';
import { measureInTurns } from '../../tools/bench/turns.js';

const run = (latencies: number[], seconds: number, errors = 0): LoadSamples => ({
  latencies,
  seconds,
  non2xx: 0,
  graphqlErrors: 0,
  errors,
});

describe('bench turns', () => {
  it('pools runs: every latency, throughput over the summed time, errors summed', () => {
    const all = pooled([run([1, 2], 1), run([3, 4, 5, 6], 2, 1)]);
    expect(all.latencies).toEqual([1, 2, 3, 4, 5, 6]);
    expect(all.seconds).toBe(3);
    expect(all.errors).toBe(1);
  });

  it('gives every target its turns in a rotating order, after one unmeasured run each', async () => {
    const calls: string[] = [];
    const turn = (target: string, latency: number) => ({
      target,
      load: async (seconds: number) => {
        calls.push(`${target}:${seconds}`);
        return run([latency * seconds], seconds);
      },
    });
    let waits = 0;
    const measured = await measureInTurns([turn('a', 1), turn('b', 10), turn('c', 100)], {
      rounds: 3,
      secondsEach: 2,
      primeSeconds: 1,
      beforeTurn: async () => {
        waits++;
      },
    });
    expect(calls).toEqual([
      'a:1',
      'b:1',
      'c:1',
      'a:2',
      'b:2',
      'c:2',
      'b:2',
      'c:2',
      'a:2',
      'c:2',
      'a:2',
      'b:2',
    ]);
    expect(waits).toBe(12);
    // The primes are not measured: each result holds its three turns of 2 s only.
    expect(measured.get('b')).toMatchObject({ requests: 3, throughput: 0.5, p50: 20 });
    expect([...measured.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('asks every body of the mix equally often over HTTP, finishing the pass after the deadline', async () => {
    const asked: string[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        asked.push(body);
        setTimeout(() => response.end('{"data":{}}'), 15);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      // A deadline of about four requests' time, in a mix of three.
      const samples = await httpSamples({
        url,
        bodies: ['a', 'b', 'c'],
        connections: 1,
        durationSeconds: 0.06,
      });
      expect(samples.latencies.length).toBeGreaterThanOrEqual(3);
      expect(samples.latencies.length % 3).toBe(0);
      expect(asked.filter((body) => body === 'a')).toHaveLength(samples.latencies.length / 3);
      expect(asked.filter((body) => body === 'c')).toHaveLength(samples.latencies.length / 3);
    } finally {
      server.close();
    }
  });

  it('runs the driver loop to the end of a pass over the statements, with several workers', async () => {
    const run: string[] = [];
    // Only the loop's counting is under test here: a session that takes 10 ms per statement.
    const driver = {
      session: () => ({
        run: async (cypher: string) => {
          run.push(cypher);
          await new Promise((resolve) => setTimeout(resolve, 10));
          return { records: [] };
        },
        close: async () => {},
      }),
    } as unknown as Driver;
    const statements = ['one', 'two', 'three', 'four', 'five'].map((cypher) => ({ cypher, params: {} }));
    const samples = await driverSamples({ driver, statements, workers: 3, durationSeconds: 0.035 });
    expect(samples.latencies.length).toBeGreaterThanOrEqual(5);
    expect(samples.latencies.length % 5).toBe(0);
    for (const statement of statements) {
      expect(run.filter((cypher) => cypher === statement.cypher)).toHaveLength(samples.latencies.length / 5);
    }
  });
});
