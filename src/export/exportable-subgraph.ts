import type { EntityRecord, RelationshipRecord } from '../model/index.js';

/**
 * What the writers export: entities and relationships. Relationships whose ends are not among the
 * entities are written anyway by the JSON and CSV writers but left out by the graph-model writers
 * (graphology, GEXF, GraphML), which cannot hold a dangling edge; the stores never return such ones.
 */
export interface ExportableSubgraph {
  nodes: readonly EntityRecord[];
  relationships: readonly RelationshipRecord[];
}
