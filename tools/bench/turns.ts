import { pooled, resultOf, type LoadResult, type LoadSamples } from './http-load.js';

/** One target of a comparison: how to load it for some seconds. */
export interface Turn<Name extends string> {
  target: Name;
  load: (seconds: number) => Promise<LoadSamples>;
}

export interface TurnsOptions {
  /** Rounds in which every target takes one turn. */
  rounds: number;
  /** Seconds of each turn. */
  secondsEach: number;
  /** Seconds each target runs, unmeasured, before its first turn. */
  primeSeconds: number;
  /** Runs before every turn (e.g. waiting until the database is idle). */
  beforeTurn?: () => Promise<void>;
}

/**
 * Measures targets that answer the same query in turns: round after round, each target runs for
 * `secondsEach`, and each target's result pools the samples of all its turns (see `pooled`). The
 * order rotates by one target every round, so no target always follows the same one.
 *
 * Why: on 2 shared cores, one run of a few seconds moves with whatever else the machine does in those
 * seconds. Measured on 3 December 2026 (10k graph, 8 clients, a warm Neo4j), our nested query gave
 * 710 to 1,363 req/s in runs of ten seconds a minute apart. Compared run against run, a ratio carries
 * both runs' noise; in turns, every target meets the same moments.
 */
export async function measureInTurns<Name extends string>(
  turns: readonly Turn<Name>[],
  options: TurnsOptions,
): Promise<Map<Name, LoadResult>> {
  for (const turn of turns) {
    await options.beforeTurn?.();
    if (options.primeSeconds > 0) await turn.load(options.primeSeconds);
  }
  const runs = new Map<Name, LoadSamples[]>(turns.map((turn) => [turn.target, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (let position = 0; position < turns.length; position++) {
      const turn = turns[(round + position) % turns.length]!;
      await options.beforeTurn?.();
      runs.get(turn.target)!.push(await turn.load(options.secondsEach));
    }
  }
  return new Map([...runs].map(([target, samples]) => [target, resultOf(pooled(samples))]));
}
