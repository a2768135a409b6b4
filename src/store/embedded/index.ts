export { createEmbeddedStore, type EmbeddedStoreOptions } from './create-embedded-store.js';
