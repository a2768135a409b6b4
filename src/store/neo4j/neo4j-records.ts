import neo4j from 'neo4j-driver';
import {
  ENTITY_ATTRIBUTE_KEYS,
  ENTITY_ATTRIBUTE_KINDS,
  keysOf,
  RELATIONSHIP_PROPERTY_KEYS,
  RELATIONSHIP_PROPERTY_KINDS,
  WHOLE_NUMBER_KINDS,
  type KeyKinds,
  type EntityRecord,
  type EvidenceRecord,
  type RelationshipRecord,
  type SourceRecord,
} from '../../model/index.js';
import { codePointLength, searchFieldsOf, tokenize } from '../../search/index.js';
import type { EvidencePart, RecordFields } from '../record-fields.js';
import { subgraphFromColumns } from './cypher/decode/records.js';

/**
 * How records are laid out in Neo4j, and back. Entities are `(:Entity:<Kind> {...})` nodes and
 * relationships are typed relationships, both with plain properties a Cypher user can read:
 * attributes as their own properties, evidence as parallel lists (`evidenceKinds`, `evidenceSources`,
 * `evidenceSections`, `evidenceQuotes`, `evidenceStarts`, `evidenceEnds`, `evidenceMentions`,
 * `evidenceNotes`, `evidenceRationales`, `evidenceBasis`), one item per record, because Neo4j
 * properties cannot hold maps. A field a record's kind does not use is '' (or -1 for an offset).
 * Integers that must stay INTEGER in Cypher (years, task numbers, counts) are sent as Neo4j integers.
 */

// Attributes and relationship properties as their own properties, under the names the model declares
// once (src/model/record-keys.ts); the whole-number kinds go as Neo4j integers.
const ATTRIBUTE_KEYS = ENTITY_ATTRIBUTE_KEYS;
const INTEGER_ATTRIBUTES = wholeNumberKeys(ENTITY_ATTRIBUTE_KINDS);
const PROPERTY_KEYS = RELATIONSHIP_PROPERTY_KEYS;
const INTEGER_PROPERTIES = wholeNumberKeys(RELATIONSHIP_PROPERTY_KINDS);
const EVIDENCE_KEYS = [
  'evidenceKinds',
  'evidenceSources',
  'evidenceSections',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceMentions',
  'evidenceNotes',
  'evidenceRationales',
  'evidenceBasis',
] as const;
const EVIDENCE_PROJECTION = projected(EVIDENCE_KEYS);

function wholeNumberKeys(declaration: KeyKinds): ReadonlySet<string> {
  return new Set(keysOf(declaration).filter((key) => WHOLE_NUMBER_KINDS.has(declaration[key]!)));
}

/** The keys as the entries of a Cypher map projection: `.hours, .year`. */
function projected(keys: readonly string[]): string {
  return keys.map((key) => `.${key}`).join(', ');
}

/** The Cypher map projection that reads an entity node `n` (decoded by cypher/decode/records.ts). */
export const ENTITY_PROJECTION = `n {.id, .kind, .name, .aliases, .description, .status, ${projected(ATTRIBUTE_KEYS)}, ${EVIDENCE_PROJECTION}}`;

/** The Cypher map projection that reads a relationship `r` (decoded by cypher/decode/records.ts). */
export const RELATIONSHIP_PROJECTION = `r {.id, ${projected(PROPERTY_KEYS)}, ${EVIDENCE_PROJECTION}, type: type(r), from: startNode(r).id, to: endNode(r).id}`;

/**
 * Properties an entity node carries for the store's own use and no record holds: the search text the
 * full-text index reads, the normalised text the search statement scores by and finds names and
 * aliases by (searchFieldsToNeo4j), the upserts' change hash.
 */
const STORE_ONLY_ENTITY_KEYS = [
  'searchText',
  'searchForms',
  'searchName',
  'searchNameLength',
  'searchAliases',
  'contentHash',
];

/**
 * The same records as ENTITY_PROJECTION and RELATIONSHIP_PROJECTION, written short: every property but
 * the store's own (STORE_ONLY_ENTITY_KEYS, and the relationships' change hash), which would only add
 * bytes to decode. The writes set exactly the properties of entityToNeo4j and relationshipToNeo4j (plus
 * that hash), so `.*` reads the same keys, and the decoders read only the keys they know. For the
 * statement sent with every nested request: the driver writes a statement in chunks of 1,400 bytes, one
 * socket write each, and that statement names five records (2.9 kB with the keys listed, three writes;
 * about 1.2 kB short, one or two with its parameters and bookmark). Measured on the 10k bench graph with
 * 8 clients, the short statement took the service's CPU per nested request from about 9.6 ms to 8.1,
 * and Neo4j's from about 3.9 ms to 3.0.
 */
export const ENTITY_PROJECTION_SHORT = `n {.*, ${STORE_ONLY_ENTITY_KEYS.map((key) => `${key}: null`).join(', ')}}`;
export const RELATIONSHIP_PROJECTION_SHORT =
  'r {.*, contentHash: null, type: type(r), from: startNode(r).id, to: endNode(r).id}';

/**
 * The map projection of an entity node `n` with only the parts in `fields` (see RecordFields), and
 * ENTITY_PROJECTION_SHORT for whole records or when the attributes are wanted (there are many of them,
 * and `.*` is the shorter way to read them). The decoders read a missing key as an empty part.
 */
export function entityProjectionOf(fields: RecordFields | null | undefined): string {
  if (!fields || fields.entity.includes('attributes')) return ENTITY_PROJECTION_SHORT;
  const keys = ['id', 'kind', 'name', ...fields.entity.filter((part) => part !== 'evidence')];
  if (fields.entity.includes('evidence')) keys.push(...evidenceKeysOf(fields.evidence));
  return `n {${projected(keys)}}`;
}

/**
 * The map projection of a relationship `r` with only the parts in `fields`, as
 * entityProjectionOf. Without `ends` it leaves out `from` and `to`, for a caller that knows them
 * from the pattern it matched.
 */
export function relationshipProjectionOf(fields: RecordFields | null | undefined, ends: boolean): string {
  const endKeys = ends ? ', from: startNode(r).id, to: endNode(r).id' : '';
  if (!fields || fields.relationship.includes('properties')) {
    return `r {.*, contentHash: null, type: type(r)${endKeys}}`;
  }
  const keys = ['id', ...(fields.relationship.includes('evidence') ? evidenceKeysOf(fields.evidence) : [])];
  return `r {${projected(keys)}, type: type(r)${endKeys}}`;
}

/** The evidence lists that hold these parts (the kinds always: every item is read by its kind). */
function evidenceKeysOf(parts: readonly EvidencePart[]): string[] {
  return ['evidenceKinds', ...parts.flatMap((part) => EVIDENCE_KEYS_OF_PART[part])];
}

const EVIDENCE_KEYS_OF_PART: Readonly<Record<EvidencePart, readonly (typeof EVIDENCE_KEYS)[number][]>> = {
  basis: ['evidenceBasis'],
  mentions: ['evidenceMentions'],
  note: ['evidenceNotes'],
  offsets: ['evidenceStarts', 'evidenceEnds'],
  quote: ['evidenceQuotes'],
  rationale: ['evidenceRationales'],
  section: ['evidenceSections'],
  source: ['evidenceSources'],
};

type Row = Record<string, unknown>;

/**
 * The normalised text search reads (cypher/read/search.ts):
 * - `searchForms`, what the statement scores by: the name, then the description, then each alias, as
 *   one property because the scorer reads them together;
 * - `searchName` and `searchNameLength` (in code points, as Cypher's `size()` counts), the normalised
 *   name again and its length, for a range index that finds the names of one length that begin with a
 *   phrase, shortest first, without the full-text index's cap;
 * - `searchAliases`, the normalised aliases, for a keyword full-text index that finds an alias equal to
 *   a phrase.
 */
export function searchFieldsToNeo4j(entity: Pick<EntityRecord, 'name' | 'aliases' | 'description'>): Row {
  const { name, aliases, description } = searchFieldsOf(entity);
  return {
    searchForms: [name, description, ...aliases],
    searchName: name,
    searchNameLength: neo4j.int(codePointLength(name)),
    searchAliases: aliases,
  };
}

/** The node properties of an entity (everything but its labels). */
export function entityToNeo4j(entity: EntityRecord): Row {
  const row: Row = {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    status: entity.status ?? null,
    // The full-text index reads this field with the whitespace analyzer: the tokens are ours, so
    // Neo4j and the embedded store split text into the same words.
    searchText: tokenize([entity.name, ...entity.aliases, entity.description ?? ''].join(' ')).join(' '),
    // What the search statement scores candidates by (see cypher/read/search.ts).
    ...searchFieldsToNeo4j(entity),
    ...evidenceToNeo4j(entity.evidence),
  };
  for (const key of ATTRIBUTE_KEYS) {
    const value = entity.attributes[key];
    if (value !== undefined)
      row[key] = typeof value === 'number' && INTEGER_ATTRIBUTES.has(key) ? neo4j.int(value) : value;
  }
  return row;
}

/** The relationship properties (its type and ends travel separately). */
export function relationshipToNeo4j(relationship: RelationshipRecord): Row {
  const row: Row = { id: relationship.id, ...evidenceToNeo4j(relationship.evidence) };
  for (const key of RELATIONSHIP_PROPERTY_KEYS) {
    const value = relationship.properties[key];
    if (value !== undefined)
      row[key] = typeof value === 'number' && INTEGER_PROPERTIES.has(key) ? neo4j.int(value) : value;
  }
  return row;
}

/** A source's node properties, with its text when the service holds it (for checking quotes on writes). */
export function sourceToNeo4j(source: SourceRecord, position: number, text: string | undefined): Row {
  return { ...source, position: neo4j.int(position), ...(text === undefined ? {} : { text }) };
}

/** The Cypher map projection of a change node `c`. */
export const CHANGE_PROJECTION =
  'c {.id, .batchId, .at, .actor, .action, .targetId, .reason, .before, .after}';

function evidenceToNeo4j(evidence: readonly EvidenceRecord[]): Row {
  // Lists cannot hold null: '' (or -1) stands for a field the record's kind does not use.
  const offset = (value: number | undefined) => neo4j.int(value ?? -1);
  return {
    evidenceKinds: evidence.map((item) => item.kind),
    evidenceSources: evidence.map((item) => item.source ?? ''),
    evidenceSections: evidence.map((item) => item.section ?? ''),
    evidenceQuotes: evidence.map((item) => item.quote ?? ''),
    evidenceStarts: evidence.map((item) => offset(item.start)),
    evidenceEnds: evidence.map((item) => offset(item.end)),
    evidenceMentions: evidence.map((item) => (item.mentions ? JSON.stringify(item.mentions) : '')),
    evidenceNotes: evidence.map((item) => item.note ?? ''),
    evidenceRationales: evidence.map((item) => item.rationale ?? ''),
    // Ids hold no spaces (see src/model/ids.ts), so one space-separated string per record.
    evidenceBasis: evidence.map((item) => (item.basis ?? []).join(' ')),
  };
}

/** A subgraph from a row held as a plain object (the bench reads rows with the driver itself). */
export function subgraphFrom(row: Readonly<Record<string, unknown>>): ReturnType<typeof subgraphFromColumns> {
  return subgraphFromColumns(row['nodes'], row['relationships'], row['truncated']);
}
