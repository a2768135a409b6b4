import type { RelationshipProperties } from '../../model/index.js';
import type { TimeFilter } from '../knowledge-graph-store.js';

/**
 * The port's time rule for one relationship (see TimeFilter). A date at reduced precision is its
 * whole span: validFrom `2019` starts on 2019-01-01 and validTo `2025` ends on 2025-12-31. Comparing
 * the stored date with the filter's full date cut to the same length says exactly that, as text. The
 * Neo4j adapter states the same rule in Cypher (cypher/relationship-predicate.ts); the conformance
 * suite holds the two together.
 */
export function passesTimeFilter(properties: RelationshipProperties, time: TimeFilter | null): boolean {
  if (!time) return true;
  const { validFrom, validTo } = properties;
  const startsAfter = (date: string) =>
    validFrom !== undefined && validFrom > date.slice(0, validFrom.length);
  const endsBefore = (date: string) => validTo !== undefined && validTo < date.slice(0, validTo.length);
  if (time.asOf !== null && (startsAfter(time.asOf) || endsBefore(time.asOf))) return false;
  if (time.from !== null && endsBefore(time.from)) return false;
  if (time.to !== null && startsAfter(time.to)) return false;
  return true;
}
