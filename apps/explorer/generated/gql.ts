/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExplorerAnalytics($selection: GraphSelection, $first: Int) {\n  analytics(selection: $selection) {\n    communityCount\n    metrics(orderBy: PAGERANK, first: $first) {\n      entity {\n        id\n      }\n      degree\n      betweenness\n      pageRank\n      community\n    }\n  }\n}": typeof types.ExplorerAnalyticsDocument,
    "query ExplorerEntity($id: ID!) {\n  entity(id: $id) {\n    id\n    name\n    kind\n    degree\n    description\n    aliases\n    ... on Place {\n      province\n    }\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n}\n\nquery ExplorerRelationship($id: ID!) {\n  relationship(id: $id) {\n    id\n    type\n    hours\n    year\n    status\n    validFrom\n    validTo\n    announced\n    from {\n      id\n      name\n      kind\n    }\n    to {\n      id\n      name\n      kind\n    }\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n}": typeof types.ExplorerEntityDocument,
    "query ExplorerExport($selection: GraphSelection, $format: ExportFormat!) {\n  graph(selection: $selection) {\n    export(format: $format) {\n      fileName\n      contentType\n      content\n    }\n  }\n}": typeof types.ExplorerExportDocument,
    "fragment ExplorerNode on Entity {\n  id\n  name\n  kind\n  degree\n  ... on Place {\n    location {\n      latitude\n      longitude\n    }\n  }\n}\n\nfragment ExplorerEdge on Relationship {\n  id\n  type\n  status\n  validFrom\n  validTo\n  from {\n    id\n  }\n  to {\n    id\n  }\n}\n\nfragment ExplorerEvidence on Evidence {\n  kind\n  quote\n  note\n  rationale\n  section\n  start\n  end\n  source {\n    id\n    title\n  }\n}": typeof types.ExplorerNodeFragmentDoc,
    "query ExplorerNeighborhood($id: ID!, $types: [RelationshipType!]) {\n  neighborhood(id: $id, depth: 1, relationshipTypes: $types, limit: 150) {\n    truncated\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}": typeof types.ExplorerNeighborhoodDocument,
    "query ExplorerShortestPath($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {\n  shortestPath(\n    from: $from\n    to: $to\n    relationshipTypes: $types\n    maxHops: 8\n    time: $time\n  ) {\n    length\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}\n\nquery ExplorerPaths($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {\n  paths(\n    from: $from\n    to: $to\n    mode: ALL_SHORTEST\n    relationshipTypes: $types\n    maxHops: 8\n    first: 10\n    time: $time\n  ) {\n    length\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}": typeof types.ExplorerShortestPathDocument,
    "query PlanReaderSource($id: ID!) {\n  source(id: $id) {\n    id\n    title\n    publisher\n    published\n    text\n  }\n}\n\nquery PlanReaderSpans($source: ID!, $end: Int!, $after: String) {\n  evidenceIn(source: $source, start: 0, end: $end, first: 100, after: $after) {\n    edges {\n      node {\n        evidence {\n          start\n          end\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PlanReaderFacts($source: ID!, $start: Int!, $end: Int!, $after: String) {\n  evidenceIn(source: $source, start: $start, end: $end, first: 100, after: $after) {\n    edges {\n      node {\n        fact {\n          id\n          ... on Entity {\n            name\n            kind\n          }\n          ... on Relationship {\n            type\n            from {\n              id\n              name\n              kind\n            }\n            to {\n              id\n              name\n              kind\n            }\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PlanReaderSourceDocument,
    "query ExplorerSearch($query: String!) {\n  search(query: $query, first: 8) {\n    score\n    entity {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.ExplorerSearchDocument,
    "query ExplorerSummary {\n  summary {\n    relationshipsByType {\n      type\n      count\n    }\n  }\n}": typeof types.ExplorerSummaryDocument,
    "query ExplorerTimeline($ids: [ID!]!, $first: Int) {\n  timeline(ids: $ids, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        date\n        eventType\n        description\n        figures {\n          areaSquareMetres\n          lengthKm\n          amountYuan\n          firms\n          projects\n        }\n        evidence {\n          kind\n          note\n          citation {\n            title\n            publisher\n            published\n            url\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ExplorerTimelineDocument,
};
const documents: Documents = {
    "query ExplorerAnalytics($selection: GraphSelection, $first: Int) {\n  analytics(selection: $selection) {\n    communityCount\n    metrics(orderBy: PAGERANK, first: $first) {\n      entity {\n        id\n      }\n      degree\n      betweenness\n      pageRank\n      community\n    }\n  }\n}": types.ExplorerAnalyticsDocument,
    "query ExplorerEntity($id: ID!) {\n  entity(id: $id) {\n    id\n    name\n    kind\n    degree\n    description\n    aliases\n    ... on Place {\n      province\n    }\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n}\n\nquery ExplorerRelationship($id: ID!) {\n  relationship(id: $id) {\n    id\n    type\n    hours\n    year\n    status\n    validFrom\n    validTo\n    announced\n    from {\n      id\n      name\n      kind\n    }\n    to {\n      id\n      name\n      kind\n    }\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n}": types.ExplorerEntityDocument,
    "query ExplorerExport($selection: GraphSelection, $format: ExportFormat!) {\n  graph(selection: $selection) {\n    export(format: $format) {\n      fileName\n      contentType\n      content\n    }\n  }\n}": types.ExplorerExportDocument,
    "fragment ExplorerNode on Entity {\n  id\n  name\n  kind\n  degree\n  ... on Place {\n    location {\n      latitude\n      longitude\n    }\n  }\n}\n\nfragment ExplorerEdge on Relationship {\n  id\n  type\n  status\n  validFrom\n  validTo\n  from {\n    id\n  }\n  to {\n    id\n  }\n}\n\nfragment ExplorerEvidence on Evidence {\n  kind\n  quote\n  note\n  rationale\n  section\n  start\n  end\n  source {\n    id\n    title\n  }\n}": types.ExplorerNodeFragmentDoc,
    "query ExplorerNeighborhood($id: ID!, $types: [RelationshipType!]) {\n  neighborhood(id: $id, depth: 1, relationshipTypes: $types, limit: 150) {\n    truncated\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}": types.ExplorerNeighborhoodDocument,
    "query ExplorerShortestPath($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {\n  shortestPath(\n    from: $from\n    to: $to\n    relationshipTypes: $types\n    maxHops: 8\n    time: $time\n  ) {\n    length\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}\n\nquery ExplorerPaths($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {\n  paths(\n    from: $from\n    to: $to\n    mode: ALL_SHORTEST\n    relationshipTypes: $types\n    maxHops: 8\n    first: 10\n    time: $time\n  ) {\n    length\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}": types.ExplorerShortestPathDocument,
    "query PlanReaderSource($id: ID!) {\n  source(id: $id) {\n    id\n    title\n    publisher\n    published\n    text\n  }\n}\n\nquery PlanReaderSpans($source: ID!, $end: Int!, $after: String) {\n  evidenceIn(source: $source, start: 0, end: $end, first: 100, after: $after) {\n    edges {\n      node {\n        evidence {\n          start\n          end\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PlanReaderFacts($source: ID!, $start: Int!, $end: Int!, $after: String) {\n  evidenceIn(source: $source, start: $start, end: $end, first: 100, after: $after) {\n    edges {\n      node {\n        fact {\n          id\n          ... on Entity {\n            name\n            kind\n          }\n          ... on Relationship {\n            type\n            from {\n              id\n              name\n              kind\n            }\n            to {\n              id\n              name\n              kind\n            }\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PlanReaderSourceDocument,
    "query ExplorerSearch($query: String!) {\n  search(query: $query, first: 8) {\n    score\n    entity {\n      id\n      name\n      kind\n    }\n  }\n}": types.ExplorerSearchDocument,
    "query ExplorerSummary {\n  summary {\n    relationshipsByType {\n      type\n      count\n    }\n  }\n}": types.ExplorerSummaryDocument,
    "query ExplorerTimeline($ids: [ID!]!, $first: Int) {\n  timeline(ids: $ids, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        date\n        eventType\n        description\n        figures {\n          areaSquareMetres\n          lengthKm\n          amountYuan\n          firms\n          projects\n        }\n        evidence {\n          kind\n          note\n          citation {\n            title\n            publisher\n            published\n            url\n          }\n        }\n      }\n    }\n  }\n}": types.ExplorerTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerAnalytics($selection: GraphSelection, $first: Int) {\n  analytics(selection: $selection) {\n    communityCount\n    metrics(orderBy: PAGERANK, first: $first) {\n      entity {\n        id\n      }\n      degree\n      betweenness\n      pageRank\n      community\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerAnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerEntity($id: ID!) {\n  entity(id: $id) {\n    id\n    name\n    kind\n    degree\n    description\n    aliases\n    ... on Place {\n      province\n    }\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n}\n\nquery ExplorerRelationship($id: ID!) {\n  relationship(id: $id) {\n    id\n    type\n    hours\n    year\n    status\n    validFrom\n    validTo\n    announced\n    from {\n      id\n      name\n      kind\n    }\n    to {\n      id\n      name\n      kind\n    }\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerExport($selection: GraphSelection, $format: ExportFormat!) {\n  graph(selection: $selection) {\n    export(format: $format) {\n      fileName\n      contentType\n      content\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExplorerNode on Entity {\n  id\n  name\n  kind\n  degree\n  ... on Place {\n    location {\n      latitude\n      longitude\n    }\n  }\n}\n\nfragment ExplorerEdge on Relationship {\n  id\n  type\n  status\n  validFrom\n  validTo\n  from {\n    id\n  }\n  to {\n    id\n  }\n}\n\nfragment ExplorerEvidence on Evidence {\n  kind\n  quote\n  note\n  rationale\n  section\n  start\n  end\n  source {\n    id\n    title\n  }\n}"): typeof import('./graphql.js').ExplorerNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerNeighborhood($id: ID!, $types: [RelationshipType!]) {\n  neighborhood(id: $id, depth: 1, relationshipTypes: $types, limit: 150) {\n    truncated\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerShortestPath($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {\n  shortestPath(\n    from: $from\n    to: $to\n    relationshipTypes: $types\n    maxHops: 8\n    time: $time\n  ) {\n    length\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}\n\nquery ExplorerPaths($from: ID!, $to: ID!, $types: [RelationshipType!], $time: TimeFilter) {\n  paths(\n    from: $from\n    to: $to\n    mode: ALL_SHORTEST\n    relationshipTypes: $types\n    maxHops: 8\n    first: 10\n    time: $time\n  ) {\n    length\n    nodes {\n      ...ExplorerNode\n    }\n    relationships {\n      ...ExplorerEdge\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanReaderSource($id: ID!) {\n  source(id: $id) {\n    id\n    title\n    publisher\n    published\n    text\n  }\n}\n\nquery PlanReaderSpans($source: ID!, $end: Int!, $after: String) {\n  evidenceIn(source: $source, start: 0, end: $end, first: 100, after: $after) {\n    edges {\n      node {\n        evidence {\n          start\n          end\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery PlanReaderFacts($source: ID!, $start: Int!, $end: Int!, $after: String) {\n  evidenceIn(source: $source, start: $start, end: $end, first: 100, after: $after) {\n    edges {\n      node {\n        fact {\n          id\n          ... on Entity {\n            name\n            kind\n          }\n          ... on Relationship {\n            type\n            from {\n              id\n              name\n              kind\n            }\n            to {\n              id\n              name\n              kind\n            }\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.js').PlanReaderSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSearch($query: String!) {\n  search(query: $query, first: 8) {\n    score\n    entity {\n      id\n      name\n      kind\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSummary {\n  summary {\n    relationshipsByType {\n      type\n      count\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerTimeline($ids: [ID!]!, $first: Int) {\n  timeline(ids: $ids, first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        date\n        eventType\n        description\n        figures {\n          areaSquareMetres\n          lengthKm\n          amountYuan\n          firms\n          projects\n        }\n        evidence {\n          kind\n          note\n          citation {\n            title\n            publisher\n            published\n            url\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerTimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
