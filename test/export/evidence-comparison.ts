import type { ReadEvidence } from './read-back.js';

/**
 * Evidence records as text, to compare what a reader got back with what was exported whatever the
 * format's value types: each set field as a string (lists and objects as JSON), unset fields left out.
 */
export function comparableEvidence(records: readonly object[]): Record<string, string>[] {
  return records.map((record) =>
    Object.fromEntries(
      Object.entries(record as ReadEvidence)
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([name, value]) => [name, typeof value === 'object' ? JSON.stringify(value) : String(value)]),
    ),
  );
}

/** Every evidence record of a subgraph by `entity:<id>` / `relationship:<id>`, comparable. */
export function evidenceByItem(subgraph: {
  nodes: readonly { id: string; evidence: readonly object[] }[];
  relationships: readonly { id: string; evidence: readonly object[] }[];
}): Map<string, Record<string, string>[]> {
  return new Map([
    ...subgraph.nodes.map((entity) => [`entity:${entity.id}`, comparableEvidence(entity.evidence)] as const),
    ...subgraph.relationships.map(
      (relationship) =>
        [`relationship:${relationship.id}`, comparableEvidence(relationship.evidence)] as const,
    ),
  ]);
}
