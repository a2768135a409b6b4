import {
  ENTITY_ATTRIBUTE_KINDS,
  keysOf,
  RELATIONSHIP_PROPERTY_KINDS,
  type KeyKinds,
  type ValueKind,
  type ValueKindTypes,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  EVENT_TYPES,
  EVIDENCE_KINDS,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
  type ChangeAction,
  type ChangeRecord,
  type EntityAttributes,
  type EntityRecord,
  type EvidenceRecord,
  type RelationshipRecord,
  type SourceRecord,
} from '../../../../model/index.js';
import type { SubgraphRecord } from '../../../knowledge-graph-store.js';
import {
  asBoolean,
  asInteger,
  asList,
  asMap,
  asNullableString,
  asNumber,
  asOptionalList,
  asString,
  oneOf,
  pathOf,
  type Reader,
} from './row-values.js';

/**
 * Records back from the map projections of neo4j-records.ts (ENTITY_PROJECTION and the rest), each
 * value checked as it is read. The layout itself is described there.
 */

const asEntityKind = oneOf(ENTITY_KINDS);
const asEntityStatus = oneOf(ENTITY_STATUSES);
const asRelationshipType = oneOf(RELATIONSHIP_TYPES);
const asRelationshipStatus = oneOf(RELATIONSHIP_STATUSES);
const asEvidenceKind = oneOf(EVIDENCE_KINDS);
const asSourceKind = oneOf(SOURCE_KINDS);
const CHANGE_ACTIONS = [
  'UPSERT_ENTITY',
  'UPSERT_RELATIONSHIP',
  'RETRACT_ENTITY',
  'RETRACT_RELATIONSHIP',
] as const satisfies readonly ChangeAction[];
const asChangeAction = oneOf(CHANGE_ACTIONS);

// One reader per value kind: the attribute and property readers follow the kinds the model declares
// once (src/model/record-keys.ts), so a new key needs no reader here, and a new kind does not compile
// until it has one.
const READER_OF_KIND: { [Kind in ValueKind]: Reader<ValueKindTypes[Kind]> } = {
  text: asString,
  latitude: asNumber,
  longitude: asNumber,
  ordinal: asInteger,
  year: asInteger,
  isoDate: asString,
  hours: asNumber,
  amount: asNumber,
  count: asInteger,
  eventType: oneOf(EVENT_TYPES),
  relationshipStatus: asRelationshipStatus,
};

function readersOf(declaration: KeyKinds): ReadonlyMap<string, Reader<unknown>> {
  return new Map(keysOf(declaration).map((key) => [key, READER_OF_KIND[declaration[key]!]]));
}

const ATTRIBUTE_READERS = readersOf(ENTITY_ATTRIBUTE_KINDS);
const PROPERTY_READERS = readersOf(RELATIONSHIP_PROPERTY_KINDS);

/** An entity from ENTITY_PROJECTION. */
export function entityFrom(value: unknown, within = 'entity', key?: string, element = false): EntityRecord {
  const map = asMap(value, within, key, element);
  const what = key === undefined && !element ? within : pathOf(within, key, element);
  const attributes: EntityAttributes = readOptionals(ATTRIBUTE_READERS, map, what);
  const status = map['status'];
  return {
    id: asString(map['id'], what, 'id'),
    kind: asEntityKind(map['kind'], what, 'kind'),
    name: asString(map['name'], what, 'name'),
    aliases: asOptionalList(map['aliases'], what, asString, 'aliases'),
    description: asNullableString(map['description'], what, 'description'),
    ...(status ? { status: asEntityStatus(status, what, 'status') } : {}),
    attributes,
    evidence: evidenceFrom(map, what),
  };
}

/** A relationship from RELATIONSHIP_PROJECTION. */
export function relationshipFrom(
  value: unknown,
  within = 'relationship',
  key?: string,
  element = false,
): RelationshipRecord {
  const map = asMap(value, within, key, element);
  const what = key === undefined && !element ? within : pathOf(within, key, element);
  return relationshipOf(map, what, asString(map['from'], what, 'from'), asString(map['to'], what, 'to'));
}

/**
 * A relationship from a projection without its ends (`relationshipProjectionOf(fields, false)`),
 * which the statement matched with a direction: the caller knows them from the match.
 */
export function relationshipBetween(
  value: unknown,
  from: string,
  to: string,
  within: string,
  key?: string,
  element = false,
): RelationshipRecord {
  const map = asMap(value, within, key, element);
  return relationshipOf(map, key === undefined && !element ? within : pathOf(within, key, element), from, to);
}

function relationshipOf(
  map: Readonly<Record<string, unknown>>,
  what: string,
  from: string,
  to: string,
): RelationshipRecord {
  return {
    id: asString(map['id'], what, 'id'),
    type: asRelationshipType(map['type'], what, 'type'),
    from,
    to,
    properties: readOptionals(PROPERTY_READERS, map, what),
    evidence: evidenceFrom(map, what),
  };
}

/** An entity or null (an OPTIONAL MATCH that found none). */
export function nullableEntityFrom(value: unknown, within = 'entity'): EntityRecord | null {
  return value === null ? null : entityFrom(value, within);
}

export function nullableRelationshipFrom(value: unknown, within = 'relationship'): RelationshipRecord | null {
  return value === null ? null : relationshipFrom(value, within);
}

/** A source from a `s {.id, .kind, .title, .publisher, .published, .url}` projection. */
export function sourceFrom(value: unknown, within = 'source', key?: string, element = false): SourceRecord {
  const map = asMap(value, within, key, element);
  const what = key === undefined && !element ? within : pathOf(within, key, element);
  return {
    id: asString(map['id'], what, 'id'),
    kind: asSourceKind(map['kind'], what, 'kind'),
    title: asString(map['title'], what, 'title'),
    publisher: asNullableString(map['publisher'], what, 'publisher'),
    published: asNullableString(map['published'], what, 'published'),
    url: asNullableString(map['url'], what, 'url'),
  };
}

/** A change from CHANGE_PROJECTION; the properties a change did not need come back null. */
export function changeFrom(value: unknown, within = 'change', key?: string, element = false): ChangeRecord {
  const map = asMap(value, within, key, element);
  const what = key === undefined && !element ? within : pathOf(within, key, element);
  return {
    id: asString(map['id'], what, 'id'),
    batchId: asString(map['batchId'], what, 'batchId'),
    at: asString(map['at'], what, 'at'),
    actor: asString(map['actor'], what, 'actor'),
    action: asChangeAction(map['action'], what, 'action'),
    targetId: asString(map['targetId'], what, 'targetId'),
    reason: asNullableString(map['reason'], what, 'reason'),
    before: asNullableString(map['before'], what, 'before'),
    after: asNullableString(map['after'], what, 'after'),
  };
}

/** The `nodes`, `relationships` and `truncated` columns of a subgraph statement. */
export function subgraphFromColumns(
  nodes: unknown,
  relationships: unknown,
  truncated: unknown,
): Omit<SubgraphRecord, 'omitted'> {
  return {
    nodes: asList(nodes, 'nodes', entityFrom),
    relationships: asList(relationships, 'relationships', relationshipFrom),
    truncated: asBoolean(truncated, 'truncated'),
  };
}

/**
 * The values the row holds for the keys `readers` know, each read by its reader, in the order the
 * model declares them (a change's `before` is this record as JSON, written alike by both stores).
 * The row's own keys are looked at first: a projection reads only what the query shows, and most
 * rows hold none of these keys. Looking up all 13 attributes on each of the nested query's entities
 * (up to 121) was 15% of the time a profile gave its decoding (issue 15).
 */
function readOptionals<T>(
  readers: ReadonlyMap<string, Reader<unknown>>,
  map: Readonly<Record<string, unknown>>,
  what: string,
): T {
  const target: Record<string, unknown> = {};
  if (!holdsAny(readers, map)) return target as T;
  for (const [key, reader] of readers) {
    const value = map[key];
    if (value !== null && value !== undefined) target[key] = reader(value, what, key);
  }
  return target as T;
}

function holdsAny(readers: ReadonlyMap<string, unknown>, map: Readonly<Record<string, unknown>>): boolean {
  for (const key in map) {
    if (readers.has(key) && map[key] !== null && map[key] !== undefined) return true;
  }
  return false;
}

function evidenceFrom(map: Readonly<Record<string, unknown>>, what: string): EvidenceRecord[] {
  const list = <T>(key: string, item: Reader<T>) => asOptionalList(map[key], what, item, key);
  const kinds = list('evidenceKinds', asEvidenceKind);
  const sources = list('evidenceSources', asString);
  const sections = list('evidenceSections', asString);
  const quotes = list('evidenceQuotes', asString);
  const starts = list('evidenceStarts', asInteger);
  const ends = list('evidenceEnds', asInteger);
  const mentions = list('evidenceMentions', asString);
  const notes = list('evidenceNotes', asString);
  const rationales = list('evidenceRationales', asString);
  const basis = list('evidenceBasis', asString);
  return kinds.map((kind, index): EvidenceRecord => {
    const section = sections[index] || null;
    if (kind === 'INFERRED') {
      const ids = basis[index] ?? '';
      return {
        kind,
        source: null,
        section: null,
        rationale: rationales[index] ?? '',
        basis: ids === '' ? [] : ids.split(' '),
      };
    }
    if (kind === 'CITED') return { kind, source: sources[index] ?? '', section, note: notes[index] ?? '' };
    const record: EvidenceRecord = {
      kind,
      source: sources[index] ?? '',
      section,
      quote: quotes[index] ?? '',
      start: starts[index] ?? -1,
      end: ends[index] ?? -1,
    };
    const mentioned = mentions[index];
    if (mentioned) record.mentions = mentionsFrom(mentioned, `${what}.evidenceMentions[${index}]`);
    return record;
  });
}

/** The JSON object of entity id -> words a quote's mentions are stored as. */
function mentionsFrom(json: string, what: string): Record<string, string> {
  const map = asMap(JSON.parse(json), what);
  return Object.fromEntries(Object.entries(map).map(([id, words]) => [id, asString(words, what, id)]));
}
