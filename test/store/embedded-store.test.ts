import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../../src/errors.js';
import type { PathsRequest } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('embedded', async (dataset) => createEmbeddedStore({ dataset }));

describe('embedded store time limit', () => {
  // Fifty k-shortest paths take thousands of search steps on the bundled dataset.
  const longSearch: PathsRequest = {
    from: 'city:taizhou',
    to: 'district:jiading',
    mode: 'K_SHORTEST',
    first: 50,
    maxHops: 6,
    relationshipTypes: null,
    throughKinds: null,
    time: null,
  };

  it('stops a long traversal with TIMEOUT once its time limit has passed', async () => {
    const store = createEmbeddedStore({ dataset: await bundledDataset(), timeoutMs: 0 });
    const error = await store.paths(longSearch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).extensions).toMatchObject({ code: 'TIMEOUT', timeoutMs: 0 });
  });

  it('answers the same request within a generous limit', async () => {
    const store = createEmbeddedStore({ dataset: await bundledDataset(), timeoutMs: 10_000 });
    expect(await store.paths(longSearch)).toHaveLength(50);
  });
});
