import { ENTITY_KINDS, KIND_TYPE_NAMES, RELATIONSHIP_TYPES } from '../../../../model/index.js';
import { ignoreRow, type Statement } from '../statement.js';

/**
 * The schema the queries rely on, created idempotently on start: unique entity and source ids (which
 * also index them), a kind index, unique write-lock ids (see lockRecordsQuery), the basis links' two
 * indexes (parts/basis-links.ts), the four indexes search reads (cypher/read/search.ts: the full-text
 * index of every word, with the whitespace analyzer as the text is already tokenised by the shared
 * tokenizer; two range indexes of normalised names, alone and by length; a keyword full-text index of
 * normalised aliases, each alias one term), and an id index per relationship type for keyset pages.
 */
export function schemaStatements(): Statement<void>[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
    'CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId)',
    // Curation writes lock a record by MERGEing its lock node: unique, so two writers cannot both create it.
    'CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE',
    // Which records rest on an id (a retraction's check), and which links a record has (its rewrite).
    'CREATE INDEX basis_link_basis IF NOT EXISTS FOR (l:BasisLink) ON (l.basis)',
    'CREATE INDEX basis_link_dependent IF NOT EXISTS FOR (l:BasisLink) ON (l.dependent)',
    'CREATE CONSTRAINT backfill_id IF NOT EXISTS FOR (b:Backfill) REQUIRE b.id IS UNIQUE',
    "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    'CREATE INDEX entity_search_name IF NOT EXISTS FOR (n:Entity) ON (n.searchName)',
    'CREATE INDEX entity_search_name_by_length IF NOT EXISTS FOR (n:Entity) ON (n.searchNameLength, n.searchName)',
    "CREATE FULLTEXT INDEX entity_search_aliases IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchAliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
    // One id index per kind label: pages of entities of some kinds, read in id order (listEntitiesQuery).
    ...ENTITY_KINDS.map(
      (kind) =>
        `CREATE INDEX kind_${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${KIND_TYPE_NAMES[kind]}) ON (n.id)`,
    ),
    ...RELATIONSHIP_TYPES.map(
      (type) => `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
    ),
  ].map((text) => ({ text, parameters: {}, decode: ignoreRow }));
}
