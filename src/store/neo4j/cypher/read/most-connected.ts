import neo4j from 'neo4j-driver';
import type { EntityRecord } from '../../../../model/index.js';
import { ENTITY_PROJECTION } from '../../neo4j-records.js';
import { entityFrom } from '../decode/records.js';
import { asInteger, readColumn } from '../decode/row-values.js';
import type { Statement } from '../statement.js';

/** The entities with the most relationships (a self-loop counts once), ties by id. */
export function mostConnectedQuery(first: number): Statement<{ entity: EntityRecord; degree: number }> {
  return {
    text: `MATCH (n:Entity)
WITH n, COUNT { (n)-->() } + COUNT { (n)<--() } - COUNT { (n)-->(n) } AS degree
ORDER BY degree DESC, n.id
LIMIT $first
RETURN ${ENTITY_PROJECTION} AS entity, degree`,
    parameters: { first: neo4j.int(first) },
    decode: (record) => ({
      entity: entityFrom(readColumn(record, 'entity')),
      degree: asInteger(readColumn(record, 'degree'), 'degree'),
    }),
  };
}
