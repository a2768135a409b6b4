import type { RelationshipProperties } from '../../model/index.js';
import type { TimeFilter } from '../knowledge-graph-store.js';

/**
 * The port's time rule for one relationship (see TimeFilter). The Neo4j adapter states the same rule
 * in Cypher (cypher/relationship-predicate.ts); the conformance suite holds the two together.
 */
export function passesTimeFilter(properties: RelationshipProperties, time: TimeFilter | null): boolean {
  if (!time) return true;
  const { validFrom, validTo } = properties;
  if (time.asOf !== null) {
    if (validFrom !== undefined && validFrom > time.asOf) return false;
    if (validTo !== undefined && validTo < time.asOf) return false;
  }
  if (time.from !== null && validTo !== undefined && validTo < time.from) return false;
  if (time.to !== null && validFrom !== undefined && validFrom > time.to) return false;
  return true;
}
