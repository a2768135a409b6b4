import { beforeAll, describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../src/errors.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { DEFAULTS, LIMITS, selectNetwork } from '../../src/selection/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

// The network selection at the door that has no SDL to fill its defaults in (the GraphQL door is
// test/graphql/network.test.ts, on both stores).
describe('selectNetwork', () => {
  let store: KnowledgeGraphStore;

  beforeAll(async () => {
    store = createEmbeddedStore({ dataset: await bundledDataset(), timeoutMs: 0 });
  });

  it('left without relationshipTypes, grows over the default types; with null, over every type', async () => {
    const byDefault = await selectNetwork(store, { around: ['city:wenzhou'] });
    expect(new Set(byDefault.subgraph.relationships.map((r) => r.type))).toEqual(
      new Set(DEFAULTS.networkRelationshipTypes),
    );
    const everyType = await selectNetwork(store, { around: ['city:wenzhou'], relationshipTypes: null });
    expect(new Set(everyType.subgraph.relationships.map((r) => r.type)).size).toBeGreaterThan(
      DEFAULTS.networkRelationshipTypes.length,
    );
  });

  it('holds depth and limit to the neighbourhood limits', async () => {
    for (const argument of ['depth', 'limit'] as const) {
      const max = argument === 'depth' ? LIMITS.neighborhoodDepth : LIMITS.neighborhoodNodes;
      const error = await selectNetwork(store, { around: ['city:wenzhou'], [argument]: max + 1 }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(LimitExceededError);
      expect((error as Error).message).toMatch(
        new RegExp(`^\`${argument}\` may be at most ${max} \\(got ${max + 1}\\)`),
      );
    }
  });

  it('with no seeds (a theme that finds nothing) selects nothing', async () => {
    const network = await selectNetwork(store, { theme: 'zzqxv' });
    expect(network).toEqual({
      seedIds: [],
      subgraph: { nodes: [], relationships: [], truncated: false, omitted: [] },
    });
  });
});
