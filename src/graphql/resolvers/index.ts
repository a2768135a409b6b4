import type { Resolvers } from '../generated/resolvers-types.js';
import { entityResolvers } from './entity-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { relationshipResolvers } from './relationship-resolvers.js';

/** Every resolver of the API, merged by type. */
export const resolvers: Resolvers = { ...queryResolvers, ...entityResolvers, ...relationshipResolvers };
