import neo4j from 'neo4j-driver';
import type {
  Direction,
  EntityRecord,
  RelationshipRecord,
  RelationshipType,
} from '../../../../model/index.js';
import type { RelationshipsOfRequest } from '../../../knowledge-graph-store.js';
import { otherEndFieldsOf } from '../../../record-fields.js';
import { entityProjectionOf, relationshipProjectionOf } from '../../neo4j-records.js';
import { entityFrom, nullableEntityFrom, relationshipBetween, relationshipFrom } from '../decode/records.js';
import { asInteger, asList, asMap, asString, readColumn } from '../decode/row-values.js';
import { relationshipTypeAlternation } from '../parts/relationship-type-alternation.js';
import type { Statement } from '../statement.js';
import { normalizedKinds, type RelationshipsOfGroup } from './relationships-of-group.js';

/** A page of one entity's relationships, with the entity at the other end of each, in the same order. */
export interface RelationshipsAndOthers {
  relationships: RelationshipRecord[];
  others: EntityRecord[];
}

/** One request's row: its page, the first page of each other end (with `next`), and its entity (with `withEntity`). */
export interface RelationshipsOfRow extends RelationshipsAndOthers {
  /** The request's position in the statement's batch. */
  index: number;
  nextPages: (RelationshipsAndOthers & { entityId: string })[];
  /** Absent without `withEntity`; null when there is no such entity. */
  entity?: EntityRecord | null;
}

/**
 * Pages of many entities' relationships in one round trip, for requests that share a direction, a
 * type filter and a next level (the caller groups them). Direction and types are written into the
 * pattern, so Neo4j expands only the matching relationships of each entity (a hub's 2,617
 * relationships of all kinds cost 3,144 db hits when filtered after the expand, 49 when the pattern
 * names the type). LIMIT cannot vary per row, so each page is sorted and sliced inside its own
 * subquery. The other end of each relationship comes back with it (`others`), in the same order, and
 * with `next`, the first page of each other end's relationships (`nextPages`, by entity id), and with
 * `withEntity` the entity itself, so `entity(id) { relationships { … } }` is one statement. The page
 * and the next level's pages are projected by one expression (`pages`, the page first), so each
 * record's projection is written once: the statement travels with every nested request (see
 * ENTITY_PROJECTION_SHORT).
 *
 * The records hold only the parts the group's `fields` ask for (see RecordFields), the other ends
 * those of `fields.otherEnd` when it is given. With a direction,
 * a relationship's ends are not read: the page's entity is one end and its other end is `others` at
 * the same position, so the decoder fills them in. Both cut the bytes Neo4j sends and the driver
 * decodes, and the statement's length, which the driver sends in writes of 1,400 bytes.
 */
export function relationshipsOfQuery(
  group: Omit<RelationshipsOfGroup, 'positions'>,
  requests: readonly RelationshipsOfRequest[],
): Statement<RelationshipsOfRow> {
  const nextLevel = group.next
    ? `
  CALL (ends, req) {
    UNWIND ends[0..req.limit - 1] AS e
    WITH DISTINCT e
    OPTIONAL MATCH (e)${pattern(group.next.direction, group.next.types)}${
      group.next.evidenceKinds
        ? `
    WHERE ${HAS_EVIDENCE_KIND('$nextEvidenceKinds')}`
        : ''
    }
    WITH DISTINCT e, r, n
    ORDER BY r.id
    WITH e, collect(r)[0..$nextLimit] AS rs, collect(n)[0..$nextLimit] AS ns
    RETURN collect({entityId: e.id, page: rs, ends: ns}) AS nexts
  }`
    : `
  WITH req, page, ends, [] AS nexts`;
  const entityProjection = entityProjectionOf(group.fields);
  // The other ends, at both levels, with the parts read where the query shows them (RecordFields.otherEnd).
  const otherEndProjection = entityProjectionOf(otherEndFieldsOf(group.fields));
  // One projection serves both levels: it reads the ends when either level matches both ways.
  const relationshipProjection = relationshipProjectionOf(
    group.fields,
    group.direction === 'BOTH' || group.next?.direction === 'BOTH',
  );
  // A map projection of null (an unknown id) is null.
  const entity = group.withEntity
    ? `
OPTIONAL MATCH (n:Entity {id: req.entityId})
WITH req, ${entityProjection} AS entity`
    : '';
  return {
    text: `UNWIND $requests AS req${entity}
CALL (req) {
  OPTIONAL MATCH (:Entity {id: req.entityId})${pattern(group.direction, group.types)}
  WHERE r.id > req.after${group.evidenceKinds ? ` AND ${HAS_EVIDENCE_KIND('$evidenceKinds')}` : ''}
  WITH DISTINCT r, n
  ORDER BY r.id
  WITH req, collect(r)[0..req.limit] AS page, collect(n)[0..req.limit] AS ends${nextLevel}
  RETURN [p IN [{page: page, ends: ends}] + nexts | {entityId: p.entityId, relationships: [r IN p.page | ${relationshipProjection}], others: [n IN p.ends | ${otherEndProjection}]}] AS pages
}
RETURN req.index AS index, pages${group.withEntity ? ', entity' : ''}`.replace(INDENTATION, '\n'),
    parameters: {
      requests: requests.map((request, index) => ({
        index: neo4j.int(index),
        entityId: request.entityId,
        after: request.after ?? '',
        limit: neo4j.int(request.first + 1),
      })),
      ...(group.evidenceKinds ? { evidenceKinds: group.evidenceKinds } : {}),
      ...(group.next ? { nextLimit: neo4j.int(group.next.first + 1) } : {}),
      ...(group.next?.evidenceKinds ? { nextEvidenceKinds: normalizedKinds(group.next.evidenceKinds) } : {}),
    },
    decode: (record) => {
      const index = asInteger(readColumn(record, 'index'), 'index');
      // The request's own page first, then the next level's, one per other end (see the RETURN).
      const [first, ...nextPages] = asList(readColumn(record, 'pages'), 'pages', asMap);
      if (!first) throw new Error('Neo4j row: pages is empty');
      const nextDirection = group.next?.direction ?? 'BOTH';
      const row: RelationshipsOfRow = {
        index,
        ...pageFrom(first, requests[index]?.entityId ?? '', group.direction),
        nextPages: nextPages.map((page) => {
          const entityId = asString(page['entityId'], 'pages[]', 'entityId');
          return { entityId, ...pageFrom(page, entityId, nextDirection) };
        }),
      };
      if (group.withEntity) row.entity = nullableEntityFrom(readColumn(record, 'entity'));
      return row;
    },
  };
}

/**
 * A page of `entityId`'s relationships and their other ends. Matched with a direction, the
 * relationships come without their ends (see relationshipsOfQuery): they are the page's entity and
 * the other end at the same position.
 */
function pageFrom(
  page: Readonly<Record<string, unknown>>,
  entityId: string,
  direction: Direction,
): RelationshipsAndOthers {
  const ends = asList(page['others'], 'pages[]', entityFrom, 'others');
  if (direction === 'BOTH') {
    return {
      relationships: asList(page['relationships'], 'pages[]', relationshipFrom, 'relationships'),
      others: ends,
    };
  }
  // Read in place, not copied by asList: each element is a map that relationshipBetween checks.
  const maps = page['relationships'];
  if (!Array.isArray(maps)) throw new Error('Neo4j row: pages[].relationships is not a list');
  if (maps.length !== ends.length) {
    throw new Error(`Neo4j row: a page has ${maps.length} relationships and ${ends.length} other ends`);
  }
  const outgoing = direction === 'OUTGOING';
  const relationships = maps.map((map: unknown, position) => {
    const otherId = ends[position]!.id;
    return outgoing
      ? relationshipBetween(map, entityId, otherId, 'pages[]', 'relationships', true)
      : relationshipBetween(map, otherId, entityId, 'pages[]', 'relationships', true);
  });
  return { relationships, others: ends };
}

/**
 * Sent without its indentation: the statement goes with every nested request, and the driver writes it
 * in chunks of 1,400 bytes, one socket write each (see ENTITY_PROJECTION_SHORT).
 */
const INDENTATION = /\n +/g;

/** `r` has evidence of a kind in the list parameter `kinds` (written only when there is a filter). */
const HAS_EVIDENCE_KIND = (kinds: string) => `any(kind IN r.evidenceKinds WHERE kind IN ${kinds})`;

/** `-[r:TYPES]->(n)` from the entity before it, pointing the requested way. */
function pattern(direction: Direction, types: readonly RelationshipType[] | null): string {
  const relationship = `[r${relationshipTypeAlternation(types)}]`;
  if (direction === 'OUTGOING') return `-${relationship}->(n)`;
  if (direction === 'INCOMING') return `<-${relationship}-(n)`;
  return `-${relationship}-(n)`;
}
