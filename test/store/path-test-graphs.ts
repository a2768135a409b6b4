import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../src/dataset/index.js';
import { buildGraph, createPrng, writeDataset } from '../../tools/generate/index.js';
import type { Dataset } from '../../src/model/index.js';
import type { InMemoryGraph } from '../../src/store/embedded/in-memory-graph.js';

/** A generated dataset (heavy-tailed: a few hubs with hundreds of neighbours), read back as the service reads it. */
export async function generatedDataset(entities: number, seed: number): Promise<Dataset> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'yrd-paths-'));
  try {
    await writeDataset({ graph: buildGraph({ entities, seed }), seed, out: directory });
    return await loadDataset(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The request fields every path test leaves open. */
export function unfiltered(from: string, to: string) {
  return { from, to, relationshipTypes: null, throughKinds: null, time: null };
}

/**
 * 60 pairs that stress the tie rule: 30 of random entities, and 30 of neighbours of two different
 * hubs (their shortest paths run through the hubs' many common neighbours). The same seed gives the
 * same pairs.
 */
export function tieHeavyPairs(graph: InMemoryGraph, seed: number): [string, string][] {
  const random = createPrng(seed, 2);
  const entities = graph.sortedEntities;
  const hubs = [...entities]
    .sort((a, b) => graph.degree(b.id) - graph.degree(a.id))
    .slice(0, 6)
    .map((entity) => entity.id);
  const neighbourOf = (hub: string) => {
    const steps = [...graph.steps(hub, 'BOTH', () => true)];
    return steps[random.int(steps.length)]!.other;
  };
  const pairs: [string, string][] = [];
  for (let k = 0; k < 30; k++) {
    pairs.push([entities[random.int(entities.length)]!.id, entities[random.int(entities.length)]!.id]);
  }
  for (let k = 0; k < 30; k++) {
    // Two different hubs: the offset runs from 1 to 5 of 6.
    const first = hubs[k % hubs.length]!;
    const second = hubs[(k + 1 + (k % (hubs.length - 1))) % hubs.length]!;
    pairs.push([neighbourOf(first), neighbourOf(second)]);
  }
  return pairs;
}
