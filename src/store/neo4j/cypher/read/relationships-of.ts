import neo4j from 'neo4j-driver';
import type {
  Direction,
  EntityRecord,
  RelationshipRecord,
  RelationshipType,
} from '../../../../model/index.js';
import type { RelationshipsOfRequest } from '../../../knowledge-graph-store.js';
import {
  ENTITY_PROJECTION_SHORT as ENTITY_PROJECTION,
  RELATIONSHIP_PROJECTION_SHORT as RELATIONSHIP_PROJECTION,
} from '../../neo4j-records.js';
import { entityFrom, nullableEntityFrom, relationshipFrom } from '../decode/records.js';
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
    WITH e, collect(r)[0..$nextLimit] AS nextPage, collect(n)[0..$nextLimit] AS nextEnds
    RETURN collect({entityId: e.id, page: nextPage, ends: nextEnds}) AS nextPages
  }`
    : `
  WITH req, page, ends, [] AS nextPages`;
  // A map projection of null (an unknown id) is null.
  const entity = group.withEntity
    ? `
OPTIONAL MATCH (n:Entity {id: req.entityId})
WITH req, ${ENTITY_PROJECTION} AS entity`
    : '';
  return {
    text: `UNWIND $requests AS req${entity}
CALL (req) {
  OPTIONAL MATCH (:Entity {id: req.entityId})${pattern(group.direction, group.types)}
  WHERE r.id > req.after${group.evidenceKinds ? ` AND ${HAS_EVIDENCE_KIND('$evidenceKinds')}` : ''}
  WITH DISTINCT r, n
  ORDER BY r.id
  WITH req, collect(r)[0..req.limit] AS page, collect(n)[0..req.limit] AS ends${nextLevel}
  RETURN [p IN [{page: page, ends: ends}] + nextPages | {entityId: p.entityId, relationships: [r IN p.page | ${RELATIONSHIP_PROJECTION}], others: [n IN p.ends | ${ENTITY_PROJECTION}]}] AS pages
}
RETURN req.index AS index, pages[0].relationships AS relationships, pages[0].others AS others, pages[1..] AS nextPages${group.withEntity ? ', entity' : ''}`.replace(
      INDENTATION,
      '\n',
    ),
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
      const row: RelationshipsOfRow = {
        index: asInteger(readColumn(record, 'index'), 'index'),
        relationships: asList(readColumn(record, 'relationships'), 'relationships', relationshipFrom),
        others: asList(readColumn(record, 'others'), 'others', entityFrom),
        nextPages: asList(readColumn(record, 'nextPages'), 'nextPages', nextPageFrom),
      };
      if (group.withEntity) row.entity = nullableEntityFrom(readColumn(record, 'entity'));
      return row;
    },
  };
}

/** One of `nextPages`: an entity's id and the first page of its relationships. */
function nextPageFrom(value: unknown): RelationshipsAndOthers & { entityId: string } {
  const map = asMap(value, 'nextPages', undefined, true);
  return {
    entityId: asString(map['entityId'], 'nextPages[]', 'entityId'),
    relationships: asList(map['relationships'], 'nextPages[]', relationshipFrom, 'relationships'),
    others: asList(map['others'], 'nextPages[]', entityFrom, 'others'),
  };
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
