import { NotFoundError } from '../../errors.js';
import { FILE_LABELS } from '../../export/index.js';
import type { EntityKind, EntityRecord, RelationshipType } from '../../model/index.js';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../model/index.js';
import { assertEntityId, selectNetwork, selectPaths } from '../../selection/index.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { recordFieldsOf } from '../record-fields-of.js';

/** Most neighbours compared per entity in `compare`. */
const COMPARE_NEIGHBOURS = 5000;

/** Entities by id, all known (they came from the store); primed records cost nothing. */
async function entitiesById(ids: readonly string[], context: GraphQLContext): Promise<EntityRecord[]> {
  const entities = await context.loaders.entity.loadMany(ids);
  return entities.filter((entity): entity is EntityRecord => entity !== null && !(entity instanceof Error));
}

/** Loads entities that the request names, failing with NOT_FOUND for the first unknown one. */
async function requireEntities(ids: readonly string[], context: GraphQLContext): Promise<EntityRecord[]> {
  const entities = await context.loaders.entity.loadMany(ids);
  return entities.map((entity, index) => {
    if (!entity || entity instanceof Error) throw new NotFoundError('entity', ids[index]!);
    return entity;
  });
}

function countBy<T extends string>(values: readonly T[], order: readonly T[]): { key: T; count: number }[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return order.filter((key) => counts.has(key)).map((key) => ({ key, count: counts.get(key)! }));
}

export const networkResolvers: Resolvers = {
  Query: {
    paths: async (_root, args, context, info) => {
      const paths = await selectPaths(context.store, { ...args, fields: recordFieldsOf(info) }, (ids) =>
        context.loaders.entity.loadMany(ids),
      );
      for (const path of paths) for (const node of path.nodes) context.loaders.entity.prime(node.id, node);
      return paths;
    },

    network: async (_root, args, context) => {
      const { seedIds, subgraph } = await selectNetwork(context.store, args, (ids) =>
        context.loaders.entity.loadMany(ids),
      );
      for (const node of subgraph.nodes) context.loaders.entity.prime(node.id, node);
      const fileLabel = FILE_LABELS.network(seedIds);
      return { subgraph: { ...subgraph, fileLabel }, seeds: await entitiesById(seedIds, context) };
    },

    compare: async (_root, args, context) => {
      assertEntityId('a', args.a);
      assertEntityId('b', args.b);
      const [a, b] = await requireEntities([args.a, args.b], context);
      const request = (entityId: string, types: RelationshipType[] | null, kinds: EntityKind[] | null) => ({
        entityId,
        types,
        kinds,
        direction: 'BOTH' as const,
        limit: COMPARE_NEIGHBOURS,
      });
      const lists = await context.store.neighbors([
        request(a!.id, ['COOPERATES_WITH'], null),
        request(b!.id, ['COOPERATES_WITH'], null),
        request(a!.id, ['PART_OF_TASK'], ['TASK']),
        request(b!.id, ['PART_OF_TASK'], ['TASK']),
        request(a!.id, null, null),
        request(b!.id, null, null),
      ]);
      const common = (x: number, y: number) => {
        const other = new Set(lists[y]!.ids);
        return lists[x]!.ids.filter((id) => other.has(id) && id !== a!.id && id !== b!.id);
      };
      const neighbours = common(4, 5);
      const neighbourRecords = await entitiesById(neighbours, context);
      return {
        a: a!,
        b: b!,
        commonPartners: common(0, 1),
        commonTasks: common(2, 3),
        commonParks: neighbourRecords.filter((entity) => entity.kind === 'PARK').map((entity) => entity.id),
        commonNeighbors: neighbours,
      };
    },
  },

  Subgraph: {
    omitted: async (subgraph, _args, context) => {
      const entities = await entitiesById(
        subgraph.omitted.map((item) => item.entityId),
        context,
      );
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      return subgraph.omitted.map((item) => ({
        entityId: item.entityId,
        count: item.count,
        entity: byId.get(item.entityId)!,
      }));
    },
  },

  OmittedNeighbors: {
    entity: async (item, _args, context) => (await requireEntities([item.entityId], context))[0]!,
  },

  Network: {
    relationshipsByType: (network) =>
      countBy(
        network.subgraph.relationships.map((r) => r.type),
        RELATIONSHIP_TYPES,
      ).map(({ key, count }) => ({ type: key, count })),
    entitiesByKind: (network) =>
      countBy(
        network.subgraph.nodes.map((n) => n.kind),
        ENTITY_KINDS,
      ).map(({ key, count }) => ({ kind: key, count })),
  },

  Comparison: {
    commonPartners: (comparison, _args, context) => entitiesById(comparison.commonPartners, context),
    commonTasks: (comparison, _args, context) => entitiesById(comparison.commonTasks, context),
    commonParks: (comparison, _args, context) => entitiesById(comparison.commonParks, context),
    commonNeighbors: (comparison, _args, context) => entitiesById(comparison.commonNeighbors, context),
  },
};
