import {
  ENTITY_KINDS,
  KIND_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
} from '../../../../model/index.js';
import type { SummaryRecord } from '../../../knowledge-graph-store.js';
import { asInteger, asMap, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/**
 * Counts by kind and type. Each count names a literal label or type from the vocabulary, which Neo4j
 * answers from its count store without touching the graph.
 */
export function summaryQuery(): Statement<SummaryRecord> {
  const kinds = ENTITY_KINDS.map((kind) => `${kind}: COUNT { (:${KIND_TYPE_NAMES[kind]}) }`);
  const types = RELATIONSHIP_TYPES.map((type) => `${type}: COUNT { ()-[:${type}]->() }`);
  return {
    text: `RETURN COUNT { (:Entity) } AS entityCount,
  COUNT { ()-[]->() } AS relationshipCount,
  {${kinds.join(', ')}} AS entitiesByKind,
  {${types.join(', ')}} AS relationshipsByType`,
    parameters: {},
    decode: (record) => ({
      entityCount: asInteger(readColumn(record, 'entityCount'), 'entityCount'),
      relationshipCount: asInteger(readColumn(record, 'relationshipCount'), 'relationshipCount'),
      entitiesByKind: countsBy(ENTITY_KINDS, readColumn(record, 'entitiesByKind'), 'entitiesByKind'),
      relationshipsByType: countsBy(
        RELATIONSHIP_TYPES,
        readColumn(record, 'relationshipsByType'),
        'relationshipsByType',
      ),
    }),
  };
}

/** A map of a count per key, read key by key from the vocabulary the statement wrote it from. */
function countsBy<Key extends EntityKind | RelationshipType>(
  keys: readonly Key[],
  value: unknown,
  what: string,
): Partial<Record<Key, number>> {
  const map = asMap(value, what);
  const counts: Partial<Record<Key, number>> = {};
  for (const key of keys) counts[key] = asInteger(map[key], `${what}.${key}`);
  return counts;
}
