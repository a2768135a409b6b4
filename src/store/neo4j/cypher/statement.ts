import type { Record as Neo4jRecord } from 'neo4j-driver';

/**
 * One Cypher statement: its text, its parameters, and how to read one of its rows. Every builder
 * under cypher/ returns one and the query runner hands back decoded rows, so no caller reads a column
 * by its name or casts what it finds; a row that does not have the shape its statement promises fails
 * loudly here (an internal error), not three calls later.
 */
export interface Statement<Row> {
  readonly text: string;
  readonly parameters: Record<string, unknown>;
  decode(record: Neo4jRecord): Row;
}

/** The decoder of a statement run for what it does: its rows, if any, are not read. */
export function ignoreRow(): void {}

export type { Neo4jRecord };
