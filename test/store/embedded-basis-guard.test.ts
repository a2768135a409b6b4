import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { describeBasisGuardContract } from './basis-guard-contract.js';

describeBasisGuardContract('embedded', async () => createEmbeddedStore({ dataset: await bundledDataset() }));
