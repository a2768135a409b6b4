export { createPrng, mix32, type Prng } from './create-prng.js';
export { buildGraph, type BuildGraphOptions, type GraphSkeleton } from './build-graph.js';
export { KIND_WEIGHTS, kindWeight, MIX_RULES, type MixRule } from './graph-mix.js';
export { entityText, NAME_SYLLABLES, type EntityText } from './entity-text.js';
export { relationshipText, type RelationshipText } from './relationship-text.js';
export { writeDataset, type WriteDatasetOptions, type WrittenDataset } from './write-dataset.js';
export { DATASET_FORMATS, type DatasetFormat } from './record-formats.js';
export { degreeStats, degreesOf, type DegreeStats } from './degree-stats.js';
export { parseSize } from './parse-size.js';
