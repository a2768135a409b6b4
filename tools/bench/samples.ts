import { buildGraph, createPrng, entityText, type GraphSkeleton } from '../generate/index.js';
import type { Samples } from './queries.js';

/**
 * The arguments the query mix cycles through: 64 entities drawn uniformly (so typical, mostly
 * low-degree ones, the odd hub), 64 pairs of them, and their name stems as search words. Rebuilt from
 * the generator's seed, so no dataset has to be read.
 */
export function samplesOf(graph: GraphSkeleton, seed: number): Samples {
  const random = createPrng(seed, 7);
  const ids: string[] = [];
  const terms: string[] = [];
  for (let k = 0; k < 64; k++) {
    const index = random.int(graph.entityCount);
    const text = entityText(seed, index, graph.kinds[index]!);
    ids.push(text.id);
    terms.push(text.name.split(' ')[0]!.toLowerCase().slice(0, 6));
  }
  const pairs: [string, string][] = ids.map((id, k) => [id, ids[(k * 7 + 3) % ids.length]!]);
  return { ids, pairs, terms };
}

export function graphFor(entities: number, seed: number): GraphSkeleton {
  return buildGraph({ entities, seed });
}
