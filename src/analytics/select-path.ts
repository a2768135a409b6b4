import { KgError, NotFoundError } from '../errors.js';
import type { RelationshipType } from '../model/index.js';
import type { KnowledgeGraphStore, PathRecord } from '../store/index.js';
import { assertWithinLimit, LIMITS } from '../graphql/limits.js';

export interface PathSelection {
  from: string;
  to: string;
  maxHops: number;
  relationshipTypes: RelationshipType[] | null;
}

/**
 * The shortest path an export asks for (the HTTP download and `npm run export` alike): limits
 * checked, both ends known, and NOT_FOUND when no path fits.
 */
export async function selectPath(store: KnowledgeGraphStore, selection: PathSelection): Promise<PathRecord> {
  const { from, to } = selection;
  const maxHops = assertWithinLimit(
    'maxHops',
    selection.maxHops,
    LIMITS.pathHops,
    'Paths longer than that rarely explain a connection; export a neighbourhood instead.',
  );
  const ends = await store.getEntities([from, to]);
  if (!ends[0]) throw new NotFoundError('entity', from);
  if (!ends[1]) throw new NotFoundError('entity', to);
  const path = await store.shortestPath({
    from,
    to,
    maxHops,
    relationshipTypes: selection.relationshipTypes,
    time: null,
  });
  if (!path) {
    throw new KgError(
      `No path of at most ${maxHops} relationships joins "${from}" and "${to}". Raise \`maxHops\` or allow more \`relationshipTypes\`.`,
      'NOT_FOUND',
      { from, to },
    );
  }
  return path;
}
