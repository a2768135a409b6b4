import neo4j from 'neo4j-driver';
import type { PathRecord, PathsRequest } from '../../../knowledge-graph-store.js';
import type { RecordFields } from '../../../record-fields.js';
import { entityProjectionOf, relationshipProjectionOf } from '../../neo4j-records.js';
import { entityFrom, relationshipFrom } from '../decode/records.js';
import { asInteger, asList, readColumn } from '../decode/row-values.js';
import { relationshipFilterParams } from '../parts/relationship-predicate.js';
import type { Neo4jRecord } from '../statement.js';

/**
 * Most paths one statement reads to put in order. The port's tie rule needs every candidate, so a
 * statement that finds more (`found` in its rows) has not ordered them all, and the request is refused.
 */
export const MAX_PATHS_READ = 50_000;

/**
 * One row of a path statement: a path, and how many paths the statement read to order it among. A
 * statement that must report its counts even when no path survives its filter sends one row without
 * a path (null nodes and relationships); `path` is null there.
 */
export interface PathRow {
  found: number;
  path: PathRecord | null;
}

/**
 * The columns of one path `p`, as decodePathRow reads them; both null when `p` is null. Its records
 * hold the parts in `fields` (see RecordFields): a path shown by name and type sent each entity's
 * and relationship's evidence and description before, most of the bytes of its row (issue 15).
 * Relationships carry their ends, as a path walks them either way.
 */
export function pathColumns(fields: RecordFields | null | undefined): string {
  return `[n IN nodes(p) | ${entityProjectionOf(fields)}] AS nodes, [r IN relationships(p) | ${relationshipProjectionOf(fields, true)}] AS relationships`;
}

/** What the shortest-path statements return for each path. */
export function returnPath(fields: RecordFields | null | undefined): string {
  return `RETURN found, ${pathColumns(fields)}`;
}

export function decodePathRow(record: Neo4jRecord): PathRow {
  const nodes = readColumn(record, 'nodes');
  return {
    found: asInteger(readColumn(record, 'found'), 'found'),
    path:
      nodes === null
        ? null
        : {
            nodes: asList(nodes, 'nodes', entityFrom),
            relationships: asList(readColumn(record, 'relationships'), 'relationships', relationshipFrom),
          },
  };
}

export function pathParameters(request: PathsRequest): Record<string, unknown> {
  return {
    from: request.from,
    to: request.to,
    throughKinds: request.throughKinds,
    // One more than is ordered tells that some were left unread.
    readAtMost: neo4j.int(MAX_PATHS_READ + 1),
    first: neo4j.int(request.first),
    ...relationshipFilterParams(request.relationshipTypes, request.time),
  };
}
