import { beforeAll, describe, expect, it } from 'vitest';
import { EDGE_COLOR, kindColor } from '../../src/model/kind-colors.js';
import { EXPORT_FORMATS, exportSubgraph, type ExportFormat } from '../../src/export/index.js';
import type { EvidenceRecord } from '../../src/model/index.js';
import type { SubgraphRecord } from '../../src/store/index.js';
import { comparableEvidence, evidenceByItem } from './evidence-comparison.js';
import {
  AWKWARD_NAME,
  AWKWARD_QUOTE,
  awkwardEntity,
  awkwardRelationship,
  awkwardSubgraph,
  jiadingNeighborhood,
} from './export-fixtures.js';
import { csvRecords, readBack } from './read-back.js';

const NODE_FORMATS = EXPORT_FORMATS.filter((format) => !['CSV_EDGES', 'CSV_EVIDENCE'].includes(format));
const EDGE_FORMATS = EXPORT_FORMATS.filter((format) => !['CSV_NODES', 'CSV_EVIDENCE'].includes(format));
/** The formats that carry evidence themselves; CSV carries it in CSV_EVIDENCE. */
const EVIDENCE_FORMATS = EXPORT_FORMATS.filter((format) => !['CSV_NODES', 'CSV_EDGES'].includes(format));
const DRAWN_FORMATS: ExportFormat[] = ['GEXF', 'GRAPHML', 'GRAPHOLOGY'];

/** The evidence items a format has: CSV_EVIDENCE has rows only for items with evidence. */
function expectedEvidence(subgraph: SubgraphRecord, format: ExportFormat) {
  const all = evidenceByItem(subgraph);
  if (format !== 'CSV_EVIDENCE') return all;
  return new Map([...all].filter(([, records]) => records.length > 0));
}

describe('exportSubgraph', () => {
  let jiading: SubgraphRecord;
  let awkward: SubgraphRecord;

  beforeAll(async () => {
    jiading = await jiadingNeighborhood();
    awkward = await awkwardSubgraph();
  });

  it('exports a neighbourhood with relationships and several quotes to check', () => {
    expect(jiading.nodes.length).toBeGreaterThan(5);
    expect(jiading.relationships.length).toBeGreaterThan(5);
    const items = [...jiading.nodes, ...jiading.relationships];
    // Several items have more than one quote, so a writer that kept only the first would fail.
    expect(items.filter((item) => item.evidence.length > 1).length).toBeGreaterThan(3);
  });

  describe.each(NODE_FORMATS)('%s', (format) => {
    it('reads back every entity with its id, name and kind', () => {
      const { nodes } = readBack(format, exportSubgraph(jiading, format).content);
      expect([...nodes.keys()].sort()).toEqual(jiading.nodes.map((node) => node.id).sort());
      for (const entity of jiading.nodes) {
        expect(nodes.get(entity.id)).toMatchObject({ name: entity.name, kind: entity.kind });
      }
    });

    it('keeps an awkward name intact', () => {
      const { nodes } = readBack(format, exportSubgraph(awkward, format).content);
      expect(nodes.get(awkwardEntity.id)!['name']).toBe(AWKWARD_NAME);
    });
  });

  describe.each(EDGE_FORMATS)('%s', (format) => {
    it('reads back every relationship with its id, ends and relationshipType', () => {
      const { edges } = readBack(format, exportSubgraph(jiading, format).content);
      expect([...edges.keys()].sort()).toEqual(jiading.relationships.map((r) => r.id).sort());
      for (const relationship of jiading.relationships) {
        const edge = edges.get(relationship.id)!;
        expect(edge).toMatchObject({
          source: relationship.from,
          target: relationship.to,
          relationshipType: relationship.type,
        });
        // Sigma reads `type` as the program that draws an edge: no format may set it.
        expect(edge).not.toHaveProperty('type');
      }
    });
  });

  describe.each(EVIDENCE_FORMATS)('%s', (format) => {
    it('keeps every evidence record of every item, in order', () => {
      const { evidence } = readBack(format, exportSubgraph(jiading, format).content);
      // Compared as text: a typed reader gives offsets back as numbers, a CSV reader as strings.
      const asText = new Map([...evidence].map(([item, records]) => [item, comparableEvidence(records)]));
      expect(asText).toEqual(expectedEvidence(jiading, format));
    });

    it('keeps multi-line quotes, awkward sections and a quote that starts like a formula intact', () => {
      const { evidence } = readBack(format, exportSubgraph(awkward, format).content);
      expect(evidence.get(`entity:${awkwardEntity.id}`)).toEqual([
        { kind: 'QUOTED', quote: AWKWARD_QUOTE, section: 'Section <3>, "B"', source: 'plan' },
        { kind: 'QUOTED', quote: '=Second quote', source: 'plan' },
      ]);
      expect(evidence.get(`relationship:${awkwardRelationship.id}`)).toEqual([
        { kind: 'QUOTED', quote: AWKWARD_QUOTE, section: '@home', source: 'plan' },
      ]);
    });

    it('exports evidence fields it was never told about, in every record', () => {
      // What another change may add to EvidenceRecord: the writers derive their columns from the keys.
      const extra = {
        kind: 'INFERRED',
        start: 12,
        end: 40,
        rationale: 'Both, plan "A", say so',
        mentions: { 'city:wenzhou': '温州' },
      };
      const withExtra = {
        ...awkward,
        nodes: awkward.nodes.map((entity) =>
          entity.id === awkwardEntity.id
            ? {
                ...entity,
                evidence: entity.evidence.map((record) => ({ ...record, ...extra }) as EvidenceRecord),
              }
            : entity,
        ),
      };
      const { evidence } = readBack(format, exportSubgraph(withExtra, format).content);
      expect(evidence.get(`entity:${awkwardEntity.id}`)).toEqual([
        {
          quote: AWKWARD_QUOTE,
          section: 'Section <3>, "B"',
          source: 'plan',
          kind: 'INFERRED',
          start: format === 'CSV_EVIDENCE' ? '12' : 12,
          end: format === 'CSV_EVIDENCE' ? '40' : 40,
          rationale: extra.rationale,
          mentions: ['GEXF', 'GRAPHML', 'CSV_EVIDENCE'].includes(format)
            ? JSON.stringify(extra.mentions)
            : extra.mentions,
        },
        {
          quote: '=Second quote',
          source: 'plan',
          kind: 'INFERRED',
          start: format === 'CSV_EVIDENCE' ? '12' : 12,
          end: format === 'CSV_EVIDENCE' ? '40' : 40,
          rationale: extra.rationale,
          mentions: ['GEXF', 'GRAPHML', 'CSV_EVIDENCE'].includes(format)
            ? JSON.stringify(extra.mentions)
            : extra.mentions,
        },
      ]);
    });
  });

  describe.each(DRAWN_FORMATS)('%s', (format) => {
    it("carries the explorer's colours, sizes and a deterministic layout", () => {
      const first = exportSubgraph(jiading, format).content;
      expect(exportSubgraph(jiading, format).content).toBe(first);
      const { nodes, edges } = readBack(format, first);
      const positions = new Set<string>();
      for (const entity of jiading.nodes) {
        const node = nodes.get(entity.id)!;
        expect(node['color']).toBe(format === 'GEXF' ? rgb(kindColor(entity.kind)) : kindColor(entity.kind));
        expect(node['size']).toBeGreaterThanOrEqual(4);
        expect(Number.isFinite(node['x']) && Number.isFinite(node['y'])).toBe(true);
        positions.add(`${String(node['x'])},${String(node['y'])}`);
      }
      // A layout, not every node on one spot.
      expect(positions.size).toBe(jiading.nodes.length);
      for (const edge of edges.values())
        expect(edge['color']).toBe(format === 'GEXF' ? rgb(EDGE_COLOR) : EDGE_COLOR);
    });
  });

  it("places cytoscape nodes at the layout's positions", () => {
    const cytoscapeNodes = readBack('CYTOSCAPE', exportSubgraph(jiading, 'CYTOSCAPE').content).nodes;
    const graphologyNodes = readBack('GRAPHOLOGY', exportSubgraph(jiading, 'GRAPHOLOGY').content).nodes;
    for (const entity of jiading.nodes) {
      const { x, y } = graphologyNodes.get(entity.id)!;
      expect(cytoscapeNodes.get(entity.id)!['position']).toEqual({ x, y });
    }
  });

  it('gives an edge the relationship type as its GEXF label, which is what Gephi shows', () => {
    const { edges } = readBack('GEXF', exportSubgraph(jiading, 'GEXF').content);
    for (const relationship of jiading.relationships)
      expect(edges.get(relationship.id)!['label']).toBe(relationship.type);
  });

  it.each(['GEXF', 'GRAPHML'] as const)(
    'writes %s with only characters XML can hold, dropping control characters and lone surrogates',
    (format) => {
      // Both stores keep such text as given; a strict XML parser (Gephi's, yEd's) refuses the whole file
      // at the first character XML 1.0 cannot hold, even as a reference.
      const entity = {
        ...awkwardEntity,
        name: 'Bell\u0007 Nul\u0000 Lone\ud800 Port 港 🚢',
        evidence: [{ ...awkwardEntity.evidence[0]!, quote: 'Escape\u001b quote\udc00 text' }],
      };
      const content = exportSubgraph({ nodes: [entity], relationships: [] }, format).content;
      const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
      expect(notXmlChar.exec(content)).toBeNull();
      const { nodes, evidence } = readBack(format, content);
      expect(nodes.get(entity.id)!['name']).toBe('Bell Nul Lone Port 港 🚢');
      expect(evidence.get(`entity:${entity.id}`)![0]!['quote']).toBe('Escape quote text');
    },
  );

  it('declares graphology JSON a directed multigraph with self-loops', () => {
    const json = JSON.parse(exportSubgraph(jiading, 'GRAPHOLOGY').content) as { options: unknown };
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
  });

  it('makes CSV cells that start like a formula inert with a leading apostrophe', () => {
    const [row] = csvRecords(exportSubgraph(awkward, 'CSV_NODES').content).filter(
      (record) => record['id'] === awkwardEntity.id,
    );
    expect(row).toMatchObject({
      description: "'-2 degrees & rising",
      aliases: '<alias>; +1',
      latitude: '31.5',
      evidenceCount: '2',
    });
    const evidence = csvRecords(exportSubgraph(awkward, 'CSV_EVIDENCE').content);
    expect(
      evidence.find((record) => record['itemId'] === awkwardEntity.id && record['index'] === '1'),
    ).toMatchObject({ itemType: 'entity', quote: "'=Second quote", section: '', source: 'plan' });
  });

  it('starts a CSV with a byte-order mark only on request, and refuses one for other formats', () => {
    for (const format of ['CSV_NODES', 'CSV_EDGES', 'CSV_EVIDENCE'] as const) {
      expect(exportSubgraph(jiading, format).content.charCodeAt(0)).not.toBe(0xfeff);
      const withMark = exportSubgraph(jiading, format, { byteOrderMark: true }).content;
      expect(withMark.charCodeAt(0)).toBe(0xfeff);
      expect(withMark.slice(1)).toBe(exportSubgraph(jiading, format).content);
      expect(Buffer.from(withMark, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    expect(() => exportSubgraph(jiading, 'GEXF', { byteOrderMark: true })).toThrow(
      'A byte-order mark is only for the CSV formats (csv-nodes, csv-edges, csv-evidence), not gexf; leave `bom` out.',
    );
  });

  it('names the file after the label and the format, with the format’s content type', () => {
    expect(exportSubgraph(jiading, 'GEXF', { label: 'neighborhood district:jiading' })).toMatchObject({
      format: 'GEXF',
      contentType: 'application/gexf+xml',
      fileName: 'yrd-graph-neighborhood-district-jiading.gexf',
    });
    expect(exportSubgraph(jiading, 'CSV_EVIDENCE')).toMatchObject({
      contentType: 'text/csv',
      fileName: 'yrd-graph-subgraph.evidence.csv',
    });
    expect(exportSubgraph(jiading, 'GRAPHML', { label: '"; rm -rf /' }).fileName).toBe(
      'yrd-graph-rm-rf.graphml',
    );
  });

  it('exports an empty subgraph in every format', () => {
    for (const format of EXPORT_FORMATS) {
      const { nodes, edges, evidence } = readBack(
        format,
        exportSubgraph({ nodes: [], relationships: [] }, format).content,
      );
      expect(nodes.size + edges.size + evidence.size).toBe(0);
    }
  });
});

function rgb(color: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
  return `rgb(${r},${g},${b})`;
}
