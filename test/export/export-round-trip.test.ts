import GraphModule from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/export/index.js';
import { createGraphQLHarness, type GraphQLHarness } from '../support/graphql-harness.js';
import { comparableEvidence } from './evidence-comparison.js';
import { requireNetworkx } from '../support/networkx.js';
import { readBack, readGraphmlBackWithNetworkx, type ReadBack } from './read-back.js';

// CommonJS declaring `export default`: Node hands over `module.exports`, the Graph class (read-back.ts).
const Graph = GraphModule as unknown as typeof GraphModule.default;

/**
 * Wenzhou's two-hop neighbourhood asked of GraphQL once: its entities and relationships with their
 * evidence, and the same subgraph exported in every format. Each export, read back by an independent
 * reader, must hold exactly what GraphQL answered: the same items and every quote.
 */
const QUERY = /* GraphQL */ `
  query WenzhouEverywhere {
    neighborhood(id: "city:wenzhou", depth: 2, limit: 500) {
      nodes { id name kind evidence { kind quote start end section source { id } note rationale basis } }
      relationships { id type from { id } to { id } evidence { kind quote start end section source { id } note rationale basis } }
      ${EXPORT_FORMATS.map((format) => `${format}: export(format: ${format}) { content }`).join('\n      ')}
    }
  }
`;

interface GraphQLEvidence {
  kind: string;
  quote: string | null;
  start: number | null;
  end: number | null;
  section: string | null;
  source: { id: string } | null;
  note: string | null;
  rationale: string | null;
  basis: string[];
}

interface Neighborhood {
  nodes: { id: string; name: string; kind: string; evidence: GraphQLEvidence[] }[];
  relationships: {
    id: string;
    type: string;
    from: { id: string };
    to: { id: string };
    evidence: GraphQLEvidence[];
  }[];
}

/** GraphQL's evidence with the source as its id, as every export writes it (an empty basis is unset). */
const asExported = (evidence: GraphQLEvidence[]) =>
  comparableEvidence(
    evidence.map(({ source, basis, ...rest }) => ({
      ...rest,
      source: source?.id,
      basis: basis.length > 0 ? basis : undefined,
    })),
  );

/** What a reader got back, as text, with only the fields GraphQL was asked for (mentions are compared in export-subgraph). */
const asRead = (records: readonly object[] | undefined) =>
  comparableEvidence(records ?? []).map(({ mentions: _mentions, ...rest }) => rest);

describe('Wenzhou’s depth-2 neighbourhood, exported and read back', () => {
  let harness: GraphQLHarness;
  let expected: Neighborhood;
  let exported: Map<ExportFormat, ReadBack>;
  let exportedText: Map<ExportFormat, string>;

  beforeAll(async () => {
    harness = await createGraphQLHarness();
    const result = await harness.execute(QUERY);
    expect(result.errors).toBeUndefined();
    expected = result.data!['neighborhood'] as Neighborhood;
    exportedText = new Map(
      EXPORT_FORMATS.map((format) => [
        format,
        (result.data!['neighborhood'] as Record<string, { content: string }>)[format]!.content,
      ]),
    );
    exported = new Map(EXPORT_FORMATS.map((format) => [format, readBack(format, exportedText.get(format)!)]));
  });
  afterAll(() => harness.stop());

  it('is a neighbourhood where many items have more than one quote', () => {
    const items = [...expected.nodes, ...expected.relationships];
    const quotes = items.reduce((sum, item) => sum + item.evidence.length, 0);
    const itemsWithEvidence = items.filter((item) => item.evidence.length > 0).length;
    // Keeping only the first quote of each item would lose this many.
    expect(quotes - itemsWithEvidence).toBeGreaterThan(20);
  });

  /** Every entity and relationship GraphQL answered, with its ends, its type and every quote. */
  function expectEveryItemIn({ nodes, edges, evidence }: ReadBack): void {
    expect([...nodes.keys()].sort()).toEqual(expected.nodes.map((node) => node.id).sort());
    expect([...edges.keys()].sort()).toEqual(expected.relationships.map((r) => r.id).sort());
    for (const relationship of expected.relationships) {
      expect(edges.get(relationship.id)).toMatchObject({
        source: relationship.from.id,
        target: relationship.to.id,
        relationshipType: relationship.type,
      });
    }
    for (const entity of expected.nodes)
      expect(asRead(evidence.get(`entity:${entity.id}`))).toEqual(asExported(entity.evidence));
    for (const relationship of expected.relationships) {
      expect(asRead(evidence.get(`relationship:${relationship.id}`))).toEqual(
        asExported(relationship.evidence),
      );
    }
    expect(evidence.size).toBe(expected.nodes.length + expected.relationships.length);
  }

  it.each(EXPORT_FORMATS.filter((format) => !format.startsWith('CSV_')))(
    '%s has every entity and relationship, and every quote of each',
    (format) => expectEveryItemIn(exported.get(format)!),
  );

  it('GRAPHOLOGY JSON is a multigraph: Graph.from and a multi graph read it, a default graph refuses it', () => {
    const data = JSON.parse(exportedText.get('GRAPHOLOGY')!) as SerializedGraph;
    // Two entities joined by more than one relationship (else nothing here could fail).
    const pairs = expected.relationships.map((r) => [r.from.id, r.to.id].sort().join(' '));
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    expect(Graph.from(data).size).toBe(expected.relationships.length);
    const multi = new Graph({ multi: true });
    multi.import(data);
    expect(multi.size).toBe(expected.relationships.length);
    // sigma.js's examples' `new Graph()` then `import`: what docs/exports.md warns of.
    expect(() => new Graph().import(data)).toThrow(/already exists/);
  });

  it('GRAPHML read by NetworkX (read_graphml, its defaults) has them too, typed, in a MultiDiGraph', () => {
    requireNetworkx('Reading GraphML as analysts do needs');
    const graphml = exportedText.get('GRAPHML')!;
    const read = readGraphmlBackWithNetworkx(graphml);
    expectEveryItemIn(read);
    // Two relationships may join the same two entities, so NetworkX must keep parallel edges apart.
    expect(read.graphClass).toBe('MultiDiGraph');
    const wenzhou = read.nodes.get('city:wenzhou')!;
    expect(wenzhou).toMatchObject({ name: 'Wenzhou', kind: 'CITY', label: 'Wenzhou' });
    // Numbers come back as numbers, as the GraphML keys' types say.
    expect(typeof wenzhou['latitude']).toBe('number');
    expect(typeof wenzhou['x']).toBe('number');
    expect(typeof wenzhou['evidenceCount']).toBe('number');
  });

  it('the three CSV files together have every entity, relationship and quote', () => {
    const nodes = exported.get('CSV_NODES')!.nodes;
    const edges = exported.get('CSV_EDGES')!.edges;
    const evidence = exported.get('CSV_EVIDENCE')!.evidence;
    expect([...nodes.keys()].sort()).toEqual(expected.nodes.map((node) => node.id).sort());
    expect([...edges.keys()].sort()).toEqual(expected.relationships.map((r) => r.id).sort());
    const items = [
      ...expected.nodes.map(
        (entity) => [`entity:${entity.id}`, entity.evidence, nodes.get(entity.id)!] as const,
      ),
      ...expected.relationships.map(
        (relationship) =>
          [`relationship:${relationship.id}`, relationship.evidence, edges.get(relationship.id)!] as const,
      ),
    ];
    for (const [key, records, row] of items) {
      expect(row['evidenceCount']).toBe(String(records.length));
      expect(asRead(evidence.get(key))).toEqual(asExported(records));
    }
    const rows = [...evidence.values()].reduce((sum, records) => sum + records.length, 0);
    expect(rows).toBe(items.reduce((sum, [, records]) => sum + records.length, 0));
  });
});
