import type { EntityRecord } from '../../../../model/index.js';
import { ENTITY_PROJECTION } from '../../neo4j-records.js';
import { entityFrom } from '../decode/records.js';
import { readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** The entities of `ids` that exist, each once, in no particular order. */
export function getEntitiesQuery(ids: readonly string[]): Statement<EntityRecord> {
  return {
    text: `MATCH (n:Entity) WHERE n.id IN $ids RETURN ${ENTITY_PROJECTION} AS entity`,
    parameters: { ids: [...new Set(ids)] },
    decode: (record) => entityFrom(readColumn(record, 'entity')),
  };
}
