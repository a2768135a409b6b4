import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../../model/index.js';
import { KIND_TYPE_NAMES, parseRelationshipId } from '../../model/index.js';
import { assertListLength, DEFAULTS, LIMITS } from '../../selection/index.js';
import type { GraphQLContext } from '../context.js';
import { connectionOf, ownCursor, pageRequest } from '../connection.js';
import type { EntityRelationshipsArgs, Resolvers } from '../generated/resolvers-types.js';
import type { EntityRelationshipEdgeModel } from '../models.js';
import { nextLevelOf } from '../next-level-lookahead.js';
import { recordFieldsOf } from '../record-fields-of.js';

/** The fields every entity type shares; each concrete type spreads these. */
export const sharedEntityFields = {
  aliases: (entity: EntityRecord) => entity.aliases,
  description: (entity: EntityRecord) => entity.description,
  status: (entity: EntityRecord) => entity.status ?? null,
  evidence: (entity: EntityRecord) => entity.evidence,
  degree: (entity: EntityRecord, _args: unknown, context: GraphQLContext) =>
    context.loaders.degree.load(entity.id),
  relationships: async (
    entity: EntityRecord,
    args: EntityRelationshipsArgs,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    // A cursor is a relationship's id, which names its ends: one of another entity's relationships
    // would page well-defined but unasked-for results.
    const request = ownCursor(pageRequest(args.first, args.after), 'relationships', (key) => {
      const ends = parseRelationshipId(key);
      return ends !== null && (ends.from === entity.id || ends.to === entity.id);
    });
    const evidenceKinds = assertListLength('evidenceKinds', args.evidenceKinds, LIMITS.filterValues);
    const page = await context.loaders.relationshipsOf.load({
      entityId: entity.id,
      types: assertListLength('types', args.types, LIMITS.filterValues),
      evidenceKinds,
      direction: args.direction ?? DEFAULTS.direction,
      ...request,
      next: nextLevelOf(info),
      fields: recordFieldsOf(info),
    });
    return connectionOf(page, request, {
      extra: (relationship): Omit<EntityRelationshipEdgeModel, 'cursor' | 'node'> => {
        // A self-loop is outgoing: the entity is its `from`.
        const outgoing = relationship.from === entity.id;
        return {
          direction: outgoing ? 'OUTGOING' : 'INCOMING',
          otherId: outgoing ? relationship.to : relationship.from,
        };
      },
    });
  },
};

const placeFields = {
  ...sharedEntityFields,
  province: (entity: EntityRecord) => entity.attributes.province ?? null,
  location: (entity: EntityRecord) => {
    const { latitude, longitude } = entity.attributes;
    return latitude === undefined || longitude === undefined ? null : { latitude, longitude };
  },
};

export const entityResolvers: Resolvers = {
  Entity: { __resolveType: (entity) => KIND_TYPE_NAMES[entity.kind] },
  Place: { __resolveType: (entity) => KIND_TYPE_NAMES[entity.kind] as 'City' | 'District' | 'Region' },
  Plan: sharedEntityFields,
  Task: { ...sharedEntityFields, number: (entity) => entity.attributes.number ?? null },
  Goal: sharedEntityFields,
  Milestone: { ...sharedEntityFields, year: (entity) => entity.attributes.year ?? null },
  City: placeFields,
  District: placeFields,
  Region: placeFields,
  Park: sharedEntityFields,
  Fund: sharedEntityFields,
  University: sharedEntityFields,
  Initiative: sharedEntityFields,
  Industry: sharedEntityFields,
  Infrastructure: sharedEntityFields,
  Organization: sharedEntityFields,
  Person: { ...sharedEntityFields, title: (entity) => entity.attributes.title ?? null },
  EntityRelationshipEdge: {
    // Synchronous when the page brought the other end with the parts its selection reads (a nested
    // read answers a hundred of these, and a promise each is work graphql-js then waits on).
    other: (edge, _args, context) =>
      context.loaders.otherEnds.get(edge.otherId) ??
      context.loaders.entity.peek(edge.otherId) ??
      context.loaders.entity.load(edge.otherId).then((other) => {
        // The stores keep relationships only between existing entities; a miss is a broken store.
        if (!other) throw new Error(`Relationship ${edge.node.id} points at missing entity ${edge.otherId}`);
        return other;
      }),
  },
};
