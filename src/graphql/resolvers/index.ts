import type { Resolvers } from '../generated/resolvers-types.js';
import { analyticsResolvers } from './analytics-resolvers.js';
import { curationResolvers } from './curation-resolvers.js';
import { entityResolvers } from './entity-resolvers.js';
import { eventResolvers } from './event-resolvers.js';
import { exportResolvers } from './export-resolvers.js';
import { networkResolvers } from './network-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { relationshipResolvers } from './relationship-resolvers.js';

/**
 * Every resolver map of the API, one per area. A list, not one spread object: several areas add
 * fields to the same types (Query, Subgraph), and makeExecutableSchema merges the maps field by field.
 */
export const resolvers: Resolvers[] = [
  queryResolvers,
  entityResolvers,
  relationshipResolvers,
  networkResolvers,
  analyticsResolvers,
  exportResolvers,
  curationResolvers,
  eventResolvers,
];
