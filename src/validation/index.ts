export * from './iso-date.js';
export * from './record-schemas.js';
export * from './evidence-rules.js';
export * from './value-schemas.js';
export * from './write-limits.js';
export * from './grounding.js';
