import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportSubgraph, type ExportFormat } from '../../src/export/index.js';
import type { SubgraphRecord } from '../../src/store/index.js';
import {
  AWKWARD_NAME,
  AWKWARD_QUOTE,
  awkwardEntity,
  awkwardRelationship,
  awkwardSubgraph,
  jiadingNeighborhood,
} from './export-fixtures.js';
import { readBack } from './read-back.js';

const NODE_FORMATS = EXPORT_FORMATS.filter((format) => format !== 'CSV_EDGES');
const EDGE_FORMATS = EXPORT_FORMATS.filter((format) => format !== 'CSV_NODES');

/** graphology's export calls the type `relationshipType`: sigma reads `type` as an edge renderer. */
const typeField = (format: ExportFormat) => (format === 'GRAPHOLOGY' ? 'relationshipType' : 'type');

describe('exportSubgraph', () => {
  let jiading: SubgraphRecord;
  let awkward: SubgraphRecord;

  beforeAll(async () => {
    jiading = await jiadingNeighborhood();
    awkward = await awkwardSubgraph();
  });

  it('exports a neighbourhood with relationships to check', () => {
    expect(jiading.nodes.length).toBeGreaterThan(5);
    expect(jiading.relationships.length).toBeGreaterThan(5);
  });

  describe.each(NODE_FORMATS)('%s', (format) => {
    it('reads back every entity with its id, name and kind', () => {
      const { nodes } = readBack(format, exportSubgraph(jiading, format).content);
      expect([...nodes.keys()].sort()).toEqual(jiading.nodes.map((node) => node.id).sort());
      for (const entity of jiading.nodes) {
        expect(nodes.get(entity.id)).toMatchObject({ name: entity.name, kind: entity.kind });
      }
    });

    it('keeps an awkward name and a multi-line quote intact', () => {
      const { nodes } = readBack(format, exportSubgraph(awkward, format).content);
      const node = nodes.get(awkwardEntity.id)!;
      expect(node['name']).toBe(AWKWARD_NAME);
      expect(node['evidence']).toBe(AWKWARD_QUOTE);
      expect(node['section']).toBe('Section <3>, "B"');
    });
  });

  describe.each(EDGE_FORMATS)('%s', (format) => {
    it('reads back every relationship with its id, ends, type and first evidence', () => {
      const { edges } = readBack(format, exportSubgraph(jiading, format).content);
      expect(edges.size).toBe(jiading.relationships.length);
      expect([...edges.keys()].sort()).toEqual(jiading.relationships.map((r) => r.id).sort());
      for (const relationship of jiading.relationships) {
        const edge = edges.get(relationship.id)!;
        expect(edge).toMatchObject({
          source: relationship.from,
          target: relationship.to,
          [typeField(format)]: relationship.type,
        });
        const first = relationship.evidence[0];
        // A first record without a quote (CITED, INFERRED) has no evidence text; a CSV cell reads back empty.
        const noQuote = format === 'CSV_EDGES' ? '' : undefined;
        if (first) expect(edge['evidence']).toBe(first.quote ?? noQuote);
        if (first?.section) expect(edge['section']).toBe(first.section);
      }
    });

    it('keeps a multi-line quote with a comma intact on a relationship', () => {
      const { edges } = readBack(format, exportSubgraph(awkward, format).content);
      const edge = edges.get(awkwardRelationship.id)!;
      expect(edge['evidence']).toBe(AWKWARD_QUOTE);
      expect(edge['section']).toBe(format === 'CSV_EDGES' ? "'@home" : '@home');
    });
  });

  it('makes CSV cells that start like a formula inert with a leading apostrophe', () => {
    const { nodes } = readBack('CSV_NODES', exportSubgraph(awkward, 'CSV_NODES').content);
    expect(nodes.get(awkwardEntity.id)).toMatchObject({
      description: "'-2 degrees & rising",
      aliases: '<alias>; +1',
      latitude: '31.5',
      allEvidence: `${AWKWARD_QUOTE} [Section <3>, "B"] | Second quote`,
    });
  });

  it('names the file after the label and the format, with the format’s content type', () => {
    expect(exportSubgraph(jiading, 'GEXF', 'neighborhood district:jiading')).toMatchObject({
      format: 'GEXF',
      contentType: 'application/gexf+xml',
      fileName: 'yrd-graph-neighborhood-district-jiading.gexf',
    });
    expect(exportSubgraph(jiading, 'CSV_EDGES')).toMatchObject({
      contentType: 'text/csv',
      fileName: 'yrd-graph-subgraph.edges.csv',
    });
    expect(exportSubgraph(jiading, 'GRAPHML', '"; rm -rf /').fileName).toBe('yrd-graph-rm-rf.graphml');
  });

  it('exports an empty subgraph in every format', () => {
    for (const format of EXPORT_FORMATS) {
      const { nodes, edges } = readBack(
        format,
        exportSubgraph({ nodes: [], relationships: [] }, format).content,
      );
      expect(nodes.size + edges.size).toBe(0);
    }
  });
});
