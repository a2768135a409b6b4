import { compareText } from '../../search/index.js';
import type { NeighborhoodRequest, OmittedRecord, SubgraphRecord } from '../knowledge-graph-store.js';
import { keptSubgraphQuery, neighborhoodLevelQuery, neighborhoodSeedsQuery } from './cypher/index.js';
import type { QueryRunner } from './query-runner.js';

/**
 * A neighbourhood with `perNodeLimit`: which entities are reached depends on each entity's capped
 * list, so the expansion goes level by level, each level one query on the server (at most `depth`
 * round trips), then one query for the kept subgraph and the left-out counts. Same rules as the
 * embedded store (see NeighborhoodRequest).
 */
export async function cappedNeighborhood(
  runner: QueryRunner,
  request: NeighborhoodRequest,
): Promise<SubgraphRecord | null> {
  const seeds = await runner.read('neighborhoodSeeds', neighborhoodSeedsQuery(request.ids));
  if (seeds.length === 0) return null;
  const cap = request.perNodeLimit!;
  const seen = new Set(seeds);
  const kept = seeds.slice(0, request.limit);
  const totals = new Map<string, number>();
  let truncated = seeds.length > request.limit;
  let frontier = kept;
  for (let distance = 1; distance <= request.depth && frontier.length > 0 && !truncated; distance++) {
    const rows = await runner.read('neighborhoodLevel', neighborhoodLevelQuery(frontier, request));
    const next = new Set<string>();
    for (const { id, first, total } of rows) {
      if (total > cap) totals.set(id, total);
      for (const other of first) if (!seen.has(other)) next.add(other);
    }
    const level = [...next].sort(compareText);
    for (const id of level) seen.add(id);
    const room = request.limit - kept.length;
    if (level.length > room) truncated = true;
    kept.push(...level.slice(0, Math.max(room, 0)));
    frontier = level.slice(0, Math.max(room, 0));
  }
  const [row] = await runner.read(
    'neighborhoodKept',
    keptSubgraphQuery(kept, [...totals.keys()], truncated, request),
  );
  const { cappedCounts, ...subgraph } = row!;
  const omitted: OmittedRecord[] = [];
  for (const item of cappedCounts) {
    const count = totals.get(item.id)! - item.inKept;
    if (count > 0) omitted.push({ entityId: item.id, count });
  }
  omitted.sort((a, b) => compareText(a.entityId, b.entityId));
  return { ...subgraph, omitted };
}
