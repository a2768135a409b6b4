import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeEventsContract } from './events-contract.js';

describeEventsContract('embedded', async (dataset) => createEmbeddedStore({ dataset }));
