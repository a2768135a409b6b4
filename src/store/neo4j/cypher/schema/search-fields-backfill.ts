import neo4j from 'neo4j-driver';
import {
  asList,
  asMap,
  asNullableString,
  asOptionalList,
  asString,
  readColumn,
} from '../decode/row-values.js';
import { ignoreRow, type Statement } from '../statement.js';

/** An entity written before nodes carried their search fields: what computing them needs. */
export interface EntityWithoutSearchFields {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
}

/** An entity without every search field (searchFieldsToNeo4j): written before this version, or by hand. */
const LACKS_SEARCH_FIELDS =
  'n.searchForms IS NULL OR n.searchName IS NULL OR n.searchNameLength IS NULL OR n.searchAliases IS NULL';

/** Whether any entity lacks the search fields (this version stores them on every write). */
export function anyEntityWithoutSearchFieldsQuery(): Statement<string> {
  return {
    text: `MATCH (n:Entity) WHERE ${LACKS_SEARCH_FIELDS} RETURN n.id AS id LIMIT 1`,
    parameters: {},
    decode: (record) => asString(readColumn(record, 'id'), 'id'),
  };
}

/**
 * The next `batch` entities after `after` in id order (read along the unique id index, so each slice
 * costs the same however far along it is), and those of them without the search fields. No row means
 * no entity is left.
 */
export function searchFieldsSliceQuery(
  after: string,
  batch: number,
): Statement<{ lastId: string; missing: EntityWithoutSearchFields[] }> {
  return {
    text: `MATCH (n:Entity) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
WITH collect(n) AS slice
WHERE size(slice) > 0
RETURN slice[-1].id AS lastId,
  [n IN slice WHERE ${LACKS_SEARCH_FIELDS} | n {.id, .name, .aliases, .description}] AS missing`,
    parameters: { after, batch: neo4j.int(batch) },
    decode: (record) => ({
      lastId: asString(readColumn(record, 'lastId'), 'lastId'),
      missing: asList(readColumn(record, 'missing'), 'missing', (value, what) => {
        const entity = asMap(value, what);
        return {
          id: asString(entity['id'], what, 'id'),
          name: asString(entity['name'], what, 'name'),
          aliases: asOptionalList(entity['aliases'], what, asString, 'aliases'),
          description: asNullableString(entity['description'], what, 'description'),
        };
      }),
    }),
  };
}

/** Stores computed search fields (`{id, fields}` rows), only where they are still missing. */
export function setSearchFieldsQuery(
  rows: readonly { id: string; fields: Record<string, unknown> }[],
): Statement<void> {
  return {
    text: `UNWIND $rows AS row
MATCH (n:Entity {id: row.id}) WHERE ${LACKS_SEARCH_FIELDS}
SET n += row.fields`,
    parameters: { rows },
    decode: ignoreRow,
  };
}
