import { describe, expect, it } from 'vitest';
import { pooled, type LoadSamples } from '../../tools/bench/http-load.js';
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
});
