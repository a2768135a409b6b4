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
});
