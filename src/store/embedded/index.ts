export {
  createEmbeddedStore,
  type EmbeddedStoreOptions,
  type JournalReport,
} from './create-embedded-store.js';
export { JournalError } from './journal-error.js';
export type { OnCorruptJournal } from './write-journal.js';
