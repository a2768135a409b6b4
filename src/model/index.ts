export * from './vocabulary.js';
export * from './records.js';
export * from './ids.js';
export * from './kind-type-names.js';
export * from './changes.js';
export * from './progress-status.js';
