/** The GraphQL operations the explorer sends (see schema/*.graphql). */

const ENTITY = 'id name kind degree';
const RELATIONSHIP = 'id type from { id } to { id }';
const EVIDENCE = 'evidence { quote section source { title } }';

export const SEARCH_QUERY = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) { score entity { id name kind } }
}`;

/** The neighbourhood of one entity; `$time` is declared only when the caller filters by date. */
export function neighborhoodQuery(withTime: boolean): string {
  return `query ExplorerNeighborhood($id: ID!, $types: [RelationshipType!]${withTime ? ', $time: TimeFilter' : ''}) {
  neighborhood(id: $id, depth: 1, relationshipTypes: $types, limit: 150${withTime ? ', time: $time' : ''}) {
    truncated
    nodes { ${ENTITY} }
    relationships { ${RELATIONSHIP} }
  }
}`;
}

export function shortestPathQuery(withTime: boolean): string {
  return `query ExplorerShortestPath($from: ID!, $to: ID!, $types: [RelationshipType!]${withTime ? ', $time: TimeFilter' : ''}) {
  shortestPath(from: $from, to: $to, relationshipTypes: $types, maxHops: 8${withTime ? ', time: $time' : ''}) {
    length
    nodes { ${ENTITY} }
    relationships { ${RELATIONSHIP} }
  }
}`;
}

export function allShortestPathsQuery(withTime: boolean): string {
  return `query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationshipType!]${withTime ? ', $time: TimeFilter' : ''}) {
  paths(from: $from, to: $to, mode: ALL_SHORTEST, relationshipTypes: $types, maxHops: 8, first: 10${withTime ? ', time: $time' : ''}) {
    length
    nodes { ${ENTITY} }
    relationships { ${RELATIONSHIP} }
  }
}`;
}

export const ENTITY_QUERY = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    ${ENTITY} description aliases
    ... on Place { province }
    ${EVIDENCE}
  }
}`;

export const RELATIONSHIP_QUERY = `query ExplorerRelationship($id: ID!) {
  relationship(id: $id) {
    id type hours year status validFrom validTo announced
    from { id name kind }
    to { id name kind }
    ${EVIDENCE}
  }
}`;

export const SUMMARY_QUERY = `query ExplorerSummary {
  summary {
    relationshipsByType { type count }
    entitiesByKind { kind count }
  }
}`;

/** What the running server offers; refused when introspection is off (then the page assumes all). */
export const CAPABILITIES_QUERY = `query ExplorerCapabilities {
  __schema { queryType { fields { name args { name } } } }
  subgraph: __type(name: "Subgraph") { fields { name } }
}`;

export const ANALYTICS_QUERY = `query ExplorerAnalytics($selection: GraphSelection, $first: Int) {
  analytics(selection: $selection) {
    communityCount
    metrics(orderBy: PAGERANK, first: $first) { entity { id } degree betweenness pageRank community }
  }
}`;

export const EXPORT_QUERY = `query ExplorerExport($selection: GraphSelection, $format: ExportFormat!) {
  graph(selection: $selection) { export(format: $format) { fileName contentType content } }
}`;
