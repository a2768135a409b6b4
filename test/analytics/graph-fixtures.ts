import type { EntityRecord, RelationshipRecord } from '../../src/model/index.js';

/** A minimal entity with the given id. */
export function entity(id: string, name = id): EntityRecord {
  return { id, kind: 'CITY', name, aliases: [], description: null, attributes: {}, evidence: [] };
}

/** A COOPERATES_WITH relationship; `n` makes parallel ones distinct. */
export function link(from: string, to: string, n?: number): RelationshipRecord {
  return {
    id: `${from}-[COOPERATES_WITH]->${to}${n ? `#${n}` : ''}`,
    type: 'COOPERATES_WITH',
    from,
    to,
    properties: {},
    evidence: [],
  };
}

/** A subgraph from entity ids and `[from, to]` pairs. */
export function subgraphOf(ids: string[], pairs: [string, string][]) {
  return { nodes: ids.map((id) => entity(id)), relationships: pairs.map(([from, to]) => link(from, to)) };
}
