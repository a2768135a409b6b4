import type { EntityRecord, RelationshipRecord } from '../../src/model/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { SubgraphRecord } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/** The two-hop neighbourhood of Jiading in the bundled dataset, from the embedded store. */
export async function jiadingNeighborhood(): Promise<SubgraphRecord> {
  const store = createEmbeddedStore({ dataset: await bundledDataset() });
  try {
    const subgraph = await store.neighborhood({
      ids: ['district:jiading'],
      depth: 2,
      relationshipTypes: null,
      direction: 'BOTH',
      limit: 500,
      kinds: null,
      time: null,
      perNodeLimit: null,
    });
    if (!subgraph) throw new Error('district:jiading is missing from the bundled dataset');
    return subgraph;
  } finally {
    await store.close();
  }
}

/** A name with every character XML escapes. */
export const AWKWARD_NAME = `Tom & Jerry's <"Park"> =SUM(A1)`;

/** A quote with a line break, a comma, a carriage return, a tab and quotes. */
export const AWKWARD_QUOTE = 'First line, with a comma;\nsecond line "quoted"\r\nand\ta tab';

/** An entity and a relationship whose text tests escaping, tied to Jiading. */
export const awkwardEntity: EntityRecord = {
  id: 'park:awkward',
  kind: 'PARK',
  name: AWKWARD_NAME,
  aliases: ['<alias>', '+1'],
  description: '-2 degrees & rising',
  attributes: { latitude: 31.5, longitude: 121.25 },
  evidence: [
    { kind: 'QUOTED', quote: AWKWARD_QUOTE, section: 'Section <3>, "B"', source: 'plan' },
    { kind: 'QUOTED', quote: '=Second quote', section: null, source: 'plan' },
  ],
};

export const awkwardRelationship: RelationshipRecord = {
  id: 'park:awkward-[LOCATED_IN]->district:jiading',
  type: 'LOCATED_IN',
  from: 'park:awkward',
  to: 'district:jiading',
  properties: { year: 2020 },
  evidence: [{ kind: 'QUOTED', quote: AWKWARD_QUOTE, section: '@home', source: 'plan' }],
};

/** Jiading's neighbourhood plus the awkward entity and relationship. */
export async function awkwardSubgraph(): Promise<SubgraphRecord> {
  const subgraph = await jiadingNeighborhood();
  return {
    ...subgraph,
    nodes: [...subgraph.nodes, awkwardEntity],
    relationships: [...subgraph.relationships, awkwardRelationship],
  };
}
