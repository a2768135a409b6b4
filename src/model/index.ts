export * from './vocabulary.js';
export * from './records.js';
export * from './ids.js';
