import {
  RELATIONSHIP_PROPERTY_KEYS,
  type EntityRecord,
  type EvidenceRecord,
  type RelationshipPropertyKey,
  type RelationshipRecord,
  type SourceRecord,
} from '../../model/index.js';
import { assertListLength, assertWithinLimit, DEFAULTS, LIMITS } from '../../selection/index.js';
import type { GraphQLContext } from '../context.js';
import type { RelationshipResolvers, Resolvers } from '../generated/resolvers-types.js';
import { KIND_TYPE_NAMES } from '../../model/index.js';

async function endpoint(id: string, relationshipId: string, context: GraphQLContext): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  // The stores keep relationships only between existing entities; a miss is a broken store.
  if (!entity) throw new Error(`Relationship ${relationshipId} points at missing entity ${id}`);
  return entity;
}

async function sourceOf(evidence: EvidenceRecord, context: GraphQLContext): Promise<SourceRecord | null> {
  if (evidence.source === null) return null;
  const sources = await context.loaders.sources();
  const source = sources.get(evidence.source);
  // Writes and loads refuse evidence of an unknown source; a miss is a broken store.
  if (!source) throw new Error(`Evidence cites unknown source ${evidence.source}`);
  return source;
}

/**
 * Each declared relationship property (src/model/record-keys.ts) as the `Relationship` field of its
 * name, null when unset. The `Pick` fails to compile while the SDL lacks a field for a declared key.
 */
const propertyFields = Object.fromEntries(
  RELATIONSHIP_PROPERTY_KEYS.map((key) => [
    key,
    (relationship: RelationshipRecord) => relationship.properties[key] ?? null,
  ]),
) as Pick<RelationshipResolvers, RelationshipPropertyKey>;

export const relationshipResolvers: Resolvers = {
  Relationship: {
    // Synchronous when the request already holds the end (see EntityLoader.peek), as it nearly always does.
    from: (relationship, _args, context) =>
      context.loaders.entity.peek(relationship.from) ?? endpoint(relationship.from, relationship.id, context),
    to: (relationship, _args, context) =>
      context.loaders.entity.peek(relationship.to) ?? endpoint(relationship.to, relationship.id, context),
    ...propertyFields,
    evidence: (relationship, args) => {
      const kinds = assertListLength('kinds', args.kinds, LIMITS.filterValues);
      return kinds
        ? relationship.evidence.filter((item) => kinds.includes(item.kind))
        : relationship.evidence;
    },
  },
  Evidence: {
    source: (evidence, _args, context) => sourceOf(evidence, context),
    citation: (evidence, _args, context) => (evidence.kind === 'CITED' ? sourceOf(evidence, context) : null),
    quote: (evidence) => evidence.quote ?? null,
    start: (evidence) => evidence.start ?? null,
    end: (evidence) => evidence.end ?? null,
    note: (evidence) => evidence.note ?? null,
    rationale: (evidence) => evidence.rationale ?? null,
    basis: (evidence) => evidence.basis ?? [],
    mentions: (evidence) =>
      Object.entries(evidence.mentions ?? {}).map(([entityId, text]) => ({ entityId, text })),
    context: async (evidence, args, context) => {
      const chars =
        args.chars === 0
          ? 0
          : assertWithinLimit(
              'chars',
              args.chars ?? DEFAULTS.contextChars,
              LIMITS.contextChars,
              'Read the whole text with `source(id) { text }`.',
            );
      if (evidence.kind !== 'QUOTED' || evidence.source === null) return null;
      const text = await context.loaders.sourceText.load(evidence.source);
      if (text === null || evidence.start === undefined || evidence.end === undefined) return null;
      return text.slice(Math.max(0, evidence.start - chars), Math.min(text.length, evidence.end + chars));
    },
  },
  Source: {
    text: (source, _args, context) => context.loaders.sourceText.load(source.id),
  },
  Node: {
    __resolveType: (node) => ('kind' in node ? KIND_TYPE_NAMES[node.kind] : 'Relationship'),
  },
};
