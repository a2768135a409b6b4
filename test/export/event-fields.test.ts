import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportSubgraph } from '../../src/export/index.js';
import type { EntityRecord, RelationshipRecord } from '../../src/model/index.js';
import { csvRecords, readBack } from './read-back.js';

// An analyst who exports the events around a park to Gephi or a spreadsheet needs when each happened,
// what it was and its figures; they are attributes like a place's coordinates, and every format carries
// them, read back here with each format's own importer.
const park: EntityRecord = {
  id: 'park:riverside',
  kind: 'PARK',
  name: 'Riverside park',
  aliases: [],
  description: null,
  status: 'UNDER_CONSTRUCTION',
  attributes: {},
  evidence: [{ kind: 'CITED', source: 'report', note: 'Names the park.', section: null }],
};
const opened: EntityRecord = {
  id: 'event:riverside-opened',
  kind: 'EVENT',
  name: 'Riverside park opens',
  aliases: [],
  description: null,
  attributes: { date: '2019-12', eventType: 'OPENED', areaSquareMetres: 9610, firms: 21 },
  evidence: [{ kind: 'CITED', source: 'report', note: 'Reports the opening.', section: null }],
};
const involves: RelationshipRecord = {
  id: 'event:riverside-opened-[INVOLVES]->park:riverside',
  type: 'INVOLVES',
  from: opened.id,
  to: park.id,
  properties: {},
  evidence: [{ kind: 'CITED', source: 'report', note: 'The park that opened.', section: null }],
};
const subgraph = { nodes: [park, opened], relationships: [involves] };

describe("an event's date, type and figures in exports", () => {
  it.each(EXPORT_FORMATS.filter((format) => !format.startsWith('CSV')))(
    'are node attributes in %s',
    (format) => {
      const { nodes } = readBack(format, exportSubgraph(subgraph, format).content);
      expect(nodes.get(opened.id)).toMatchObject({
        date: '2019-12',
        eventType: 'OPENED',
        areaSquareMetres: 9610,
        firms: 21,
      });
      expect(nodes.get(park.id)).toMatchObject({ status: 'UNDER_CONSTRUCTION' });
    },
  );

  it('are columns of the nodes CSV, empty where unset', () => {
    const rows = csvRecords(exportSubgraph(subgraph, 'CSV_NODES').content);
    expect(rows.find((row) => row['id'] === opened.id)).toMatchObject({
      date: '2019-12',
      eventType: 'OPENED',
      areaSquareMetres: '9610',
      firms: '21',
      lengthKm: '',
      status: '',
    });
    expect(rows.find((row) => row['id'] === park.id)).toMatchObject({
      status: 'UNDER_CONSTRUCTION',
      date: '',
    });
  });

  // 73.45 billion yuan, as a fund's size is reported. GraphML's `int` is Java's 32-bit int (its types
  // are Java's), and Gephi and yEd read it as one, so such a value needs `long`; graphology-gexf's
  // writer types an integer past 32 bits `double`, which holds it exactly.
  it.each([
    ['GRAPHML', /<key id="n_amountYuan" for="node" attr\.name="amountYuan" attr\.type="(\w+)"/, 'long'],
    ['GEXF', /<attribute id="amountYuan" title="amountYuan" type="(\w+)"/, 'double'],
  ] as const)(
    'declares a figure past 32 bits in %s with a type that holds it',
    (format, declaration, type) => {
      const fund = { ...opened, attributes: { ...opened.attributes, amountYuan: 73_450_000_000 } };
      const content = exportSubgraph({ nodes: [park, fund], relationships: [involves] }, format).content;
      expect(declaration.exec(content)?.[1]).toBe(type);
      expect(readBack(format, content).nodes.get(fund.id)).toMatchObject({ amountYuan: 73_450_000_000 });
    },
  );
});
