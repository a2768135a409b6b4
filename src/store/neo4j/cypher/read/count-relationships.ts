import type { RelationshipFilter } from '../../../knowledge-graph-store.js';
import { relationshipTypeAlternation } from '../parts/relationship-type-alternation.js';
import type { Statement } from '../statement.js';
import { countFrom } from './count-entities.js';

/** How many relationships pass the filter, in the column `count`. */
export function countRelationshipsQuery(filter: RelationshipFilter): Statement<number> {
  const decode = countFrom;
  // One COUNT per literal type reads Neo4j's count store instead of scanning relationships.
  const types = filter.types ?? null;
  if (types === null) return { text: 'MATCH ()-[r]->() RETURN count(r) AS count', parameters: {}, decode };
  if (types.length === 0) return { text: 'RETURN 0 AS count', parameters: {}, decode };
  const counts = types.map((type) => `COUNT { ()-[${relationshipTypeAlternation([type])}]->() }`);
  return { text: `RETURN ${counts.join(' + ')} AS count`, parameters: {}, decode };
}
