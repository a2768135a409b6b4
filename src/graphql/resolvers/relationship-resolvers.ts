import type { EntityRecord } from '../../model/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { KIND_TYPE_NAMES } from '../../model/index.js';

async function endpoint(id: string, relationshipId: string, context: GraphQLContext): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  // The stores keep relationships only between existing entities; a miss is a broken store.
  if (!entity) throw new Error(`Relationship ${relationshipId} points at missing entity ${id}`);
  return entity;
}

export const relationshipResolvers: Resolvers = {
  Relationship: {
    from: (relationship, _args, context) => endpoint(relationship.from, relationship.id, context),
    to: (relationship, _args, context) => endpoint(relationship.to, relationship.id, context),
    hours: (relationship) => relationship.properties.hours ?? null,
    year: (relationship) => relationship.properties.year ?? null,
    status: (relationship) => relationship.properties.status ?? null,
    validFrom: (relationship) => relationship.properties.validFrom ?? null,
    validTo: (relationship) => relationship.properties.validTo ?? null,
    announced: (relationship) => relationship.properties.announced ?? null,
  },
  Evidence: {
    source: async (evidence, _args, context) => {
      const sources = await context.loaders.sources();
      const source = sources.get(evidence.source);
      if (!source) throw new Error(`Evidence cites unknown source ${evidence.source}`);
      return source;
    },
  },
  Node: {
    __resolveType: (node) => ('kind' in node ? KIND_TYPE_NAMES[node.kind] : 'Relationship'),
  },
};
