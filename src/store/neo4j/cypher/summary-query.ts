import { ENTITY_KINDS, KIND_TYPE_NAMES, RELATIONSHIP_TYPES } from '../../../model/index.js';
import type { CypherQuery } from './cypher-query.js';

/**
 * Counts by kind and type. Each count names a literal label or type from the vocabulary, which Neo4j
 * answers from its count store without touching the graph.
 */
export function summaryQuery(): CypherQuery {
  const kinds = ENTITY_KINDS.map((kind) => `${kind}: COUNT { (:${KIND_TYPE_NAMES[kind]}) }`);
  const types = RELATIONSHIP_TYPES.map((type) => `${type}: COUNT { ()-[:${type}]->() }`);
  return {
    cypher: `RETURN COUNT { (:Entity) } AS entityCount,
  COUNT { ()-[]->() } AS relationshipCount,
  {${kinds.join(', ')}} AS entitiesByKind,
  {${types.join(', ')}} AS relationshipsByType`,
    params: {},
  };
}
