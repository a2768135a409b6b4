/** A Cypher statement and its parameters: what every builder in this folder returns. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}
