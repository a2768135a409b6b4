import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/model/index.js';
import type { KnowledgeGraphStore, SearchRequest } from '../../src/store/index.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { SEARCH_CANDIDATES } from '../../src/store/neo4j/cypher/index.js';
import type { Neo4jStore } from '../../src/store/neo4j/index.js';
import { openTestNeo4jStoreWith, restoreAndClose } from '../support/neo4j-test-database.js';
import { generatedDataset } from './path-test-graphs.js';

const ENTITIES = 1400;

/**
 * A generated graph whose every entity matches `lakeside`: all names begin with it and every
 * description holds it, so more entities match than Neo4j's full-text candidates (SEARCH_CANDIDATES).
 * The best leading matches are the shortest names, and they are the last entities written, where
 * Lucene (which gives every match of a prefix query the same score) does not hand them over first.
 * Many of those names are equal or differ only in case, so ties are broken by name, then id; one name
 * equals the phrase and two aliases equal it once normalised.
 */
function lakesideDataset(generated: Dataset): Dataset {
  const letters = 'xXyYzZ';
  const entities = generated.entities.map((entity, index) => {
    const late = index >= ENTITIES - 300;
    const length = late ? 1 + (index % 3) : 4 + (index % 20);
    let suffix = '';
    for (let position = 0; position < length; position++) {
      suffix += late
        ? letters[(index + position) % letters.length]
        : 'abcdefghij'[(index * 7 + position) % 10];
    }
    const name = index === ENTITIES - 1 ? 'Lakeside' : `Lakeside ${suffix}`;
    const aliases =
      index === ENTITIES - 2 ? ['Lakeside'] : index === ENTITIES - 3 ? ['LAKESIDE!'] : ['Lakeside Promenade'];
    return { ...entity, name, aliases, description: `A lakeside place, number ${index}.` };
  });
  return { ...generated, entities };
}

// Replaces the shared test Neo4j's data: runs after every reading test, and restores the bundled dataset.
describe('search where more entities match than Neo4j reads full-text candidates', () => {
  let embedded: KnowledgeGraphStore;
  let neo4j: Neo4jStore;
  let kind: Dataset['entities'][number]['kind'];

  beforeAll(async () => {
    const dataset = lakesideDataset(await generatedDataset(ENTITIES, 21));
    kind = dataset.entities[ENTITIES - 1]!.kind;
    embedded = createEmbeddedStore({ dataset });
    neo4j = await openTestNeo4jStoreWith(inject('neo4j'), dataset);
  });

  afterAll(async () => {
    await restoreAndClose(neo4j);
    await embedded.close();
  });

  async function expectSameHits(request: SearchRequest): Promise<void> {
    const [fromNeo4j, fromEmbedded] = await Promise.all([neo4j.search(request), embedded.search(request)]);
    expect({ request, hits: fromNeo4j.map((hit) => [hit.entity.id, hit.entity.name, hit.score]) }).toEqual({
      request,
      hits: fromEmbedded.map((hit) => [hit.entity.id, hit.entity.name, hit.score]),
    });
  }

  it('is a graph where a search matches more entities than the candidates', async () => {
    const all = await embedded.search({ query: 'lakeside', kinds: null, first: ENTITIES });
    expect(all.length).toBe(ENTITIES);
    expect(all.length).toBeGreaterThan(SEARCH_CANDIDATES);
    // What ranks first: the equal name, the two equal aliases, then the shortest names.
    expect([all[0]!.entity.name, all[0]!.score]).toEqual(['Lakeside', 1]);
    expect(all.slice(1, 3).map((hit) => [hit.entity.aliases, hit.score])).toEqual(
      expect.arrayContaining([
        [['Lakeside'], 0.95],
        [['LAKESIDE!'], 0.95],
      ]),
    );
    expect(all[3]!.entity.name).toMatch(/^Lakeside [xXyYzZ]$/);
  });

  it('gives the embedded store’s hits, in its order, at every cut of the first 60', async () => {
    for (let first = 1; first <= 60; first++) await expectSameHits({ query: 'lakeside', kinds: null, first });
  });

  it.each(['lake', 'Lakeside x', 'LAKESIDE X', 'lakeside y'])(
    'gives the embedded store’s hits for %s',
    async (query) => {
      for (const first of [1, 10, 50]) await expectSameHits({ query, kinds: null, first });
    },
  );

  it('gives the embedded store’s hits within kinds', async () => {
    for (const first of [1, 5, 20]) await expectSameHits({ query: 'lakeside', kinds: [kind], first });
  });
});
