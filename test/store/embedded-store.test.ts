import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('embedded', async (dataset) => createEmbeddedStore({ dataset }));
