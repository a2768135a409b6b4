export * from './vocabulary.js';
export * from './records.js';
export * from './record-keys.js';
export * from './value-kinds.js';
export * from './ids.js';
export * from './changes.js';
export * from './progress-status.js';
export * from './relationship-rules.js';
