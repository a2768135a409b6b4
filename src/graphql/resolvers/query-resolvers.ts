import { BadInputError, NothingFoundError } from '../../errors.js';
import { FILE_LABELS } from '../../export/index.js';
import { isEntityId, parseRelationshipId } from '../../model/index.js';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../model/index.js';
import {
  assertListLength,
  assertPageSize,
  assertSearchText,
  DEFAULTS,
  LIMITS,
  selectNeighborhood,
  selectShortestPath,
} from '../../selection/index.js';
import { parseCitationId } from '../../store/index.js';
import { connectionOf, ownCursor, pageRequest } from '../connection.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { relationshipsAheadOf } from '../next-level-lookahead.js';
import { recordFieldsOf } from '../record-fields-of.js';
import { selectsField } from '../selected-fields.js';

const isRelationshipId = (id: string): boolean => parseRelationshipId(id) !== null;

export const queryResolvers: Resolvers = {
  Query: {
    node: async (_root, { id }, { loaders }) => {
      if (parseRelationshipId(id)) return loaders.relationship.load(id);
      return isEntityId(id) ? loaders.entity.load(id) : null;
    },

    nodes: async (_root, { ids }, { loaders }) => {
      assertListLength('ids', ids, LIMITS.nodesPerCall);
      return Promise.all(
        ids.map((id) => {
          if (parseRelationshipId(id)) return loaders.relationship.load(id);
          return isEntityId(id) ? loaders.entity.load(id) : null;
        }),
      );
    },

    entity: async (_root, { id }, { loaders }, info) => {
      if (!isEntityId(id)) return null;
      // The entity's relationships (and theirs) come in the same store call as the entity itself; the
      // `relationships` fields then find their pages, and the entity, in the loaders' caches.
      const ahead = relationshipsAheadOf(info);
      if (ahead) {
        await loaders.relationshipsOf.load({
          entityId: id,
          ...ahead.first,
          after: null,
          next: ahead.next,
          withEntity: true,
          fields: recordFieldsOf(info),
        });
      }
      return loaders.entity.load(id);
    },

    entities: async (_root, args, { store, loaders }, info) => {
      const filter = { kinds: assertListLength('kinds', args.kinds, LIMITS.filterValues) };
      const request = ownCursor(pageRequest(args.first, args.after), 'entities', isEntityId);
      const page = await store.listEntities(filter, request, {
        withTotalCount: selectsField(info, 'totalCount'),
      });
      // A relationship's `from` or `to` may be a listed entity: it is already here.
      for (const entity of page.items) loaders.entity.prime(entity.id, entity);
      return { ...connectionOf(page, request), filter, totalCount: page.totalCount };
    },

    relationship: (_root, { id }, { loaders }) =>
      parseRelationshipId(id) ? loaders.relationship.load(id) : null,

    relationships: async (_root, args, { store }, info) => {
      const filter = { types: assertListLength('types', args.types, LIMITS.filterValues) };
      const request = ownCursor(pageRequest(args.first, args.after), 'relationships', isRelationshipId);
      const page = await store.listRelationships(filter, request, {
        withTotalCount: selectsField(info, 'totalCount'),
      });
      return { ...connectionOf(page, request), filter, totalCount: page.totalCount };
    },

    search: async (_root, args, { store, loaders }, info) => {
      const first = assertPageSize(
        args.first ?? DEFAULTS.searchResults,
        LIMITS.searchResults,
        'Make the search more specific, or filter it with `kinds`.',
      );
      assertSearchText('query', args.query);
      const kinds = assertListLength('kinds', args.kinds, LIMITS.filterValues);
      // The hits' entities with what this operation reads of them, primed for the fields that follow.
      const hits = await store.search({ query: args.query, kinds, first, fields: recordFieldsOf(info) });
      for (const hit of hits) loaders.entity.prime(hit.entity.id, hit.entity);
      return hits;
    },

    neighborhood: async (_root, args, { store, loaders }, info) => {
      const subgraph = await selectNeighborhood(store, { ...args, fields: recordFieldsOf(info) });
      for (const node of subgraph.nodes) loaders.entity.prime(node.id, node);
      const evidenceKinds = assertListLength('evidenceKinds', args.evidenceKinds, LIMITS.filterValues);
      const fileLabel = FILE_LABELS.neighborhood(args.id);
      return evidenceKinds ? { ...subgraph, evidenceKinds, fileLabel } : { ...subgraph, fileLabel };
    },

    shortestPath: async (_root, args, { store, loaders }, info) => {
      const path = await selectShortestPath(store, { ...args, fields: recordFieldsOf(info) }, (ids) =>
        loaders.entity.loadMany(ids),
      );
      if (path) for (const node of path.nodes) loaders.entity.prime(node.id, node);
      return path;
    },

    sources: (_root, _args, { store }) => store.listSources(),

    source: async (_root, { id }, { loaders }) => (await loaders.sources()).get(id) ?? null,

    evidenceIn: async (_root, args, { store, loaders }) => {
      for (const key of ['start', 'end'] as const) {
        if (args[key] < 0) {
          throw new BadInputError(
            `\`${key}\` is an offset into the text, 0 or more (got ${args[key]}).`,
            key,
          );
        }
      }
      if (args.end <= args.start) {
        throw new BadInputError(
          `\`end\` (${args.end}) must be after \`start\` (${args.start}): the passage is [start, end).`,
          'end',
        );
      }
      // An unknown source has no passages, but an empty page would read as "nothing cites this".
      if (!(await loaders.sources()).has(args.source)) {
        throw new NothingFoundError(
          `No source has the id "${args.source.slice(0, 80)}". \`sources\` lists them.`,
          { id: args.source.slice(0, 80) },
        );
      }
      const request = ownCursor(pageRequest(args.first, args.after), 'evidenceIn', (key) =>
        Boolean(parseCitationId(key)),
      );
      const page = await store.evidenceIn({
        source: args.source,
        start: args.start,
        end: args.end,
        ...request,
      });
      return connectionOf(page, request);
    },

    summary: (_root, _args, { store }) => store.summary(),
  },

  EntityConnection: {
    totalCount: (connection, _args, { store }) =>
      connection.totalCount ?? store.countEntities(connection.filter),
  },

  RelationshipConnection: {
    totalCount: (connection, _args, { store }) =>
      connection.totalCount ?? store.countRelationships(connection.filter),
  },

  Path: {
    length: (path) => path.relationships.length,
  },

  Citation: {
    fact: (citation) => (citation.entity ?? citation.relationship)!,
    evidence: (citation) => (citation.entity ?? citation.relationship)!.evidence[citation.evidenceIndex]!,
  },

  GraphSummary: {
    mostConnected: (_summary, args, { store, loaders }) =>
      store
        .mostConnected(
          assertPageSize(
            args.first ?? DEFAULTS.mostConnected,
            LIMITS.pageSize,
            'Ask for the top 100 at most.',
          ),
        )
        .then((rows) => {
          for (const row of rows) loaders.entity.prime(row.entity.id, row.entity);
          return rows;
        }),
    tasksByInitiatives: async (_summary, _args, { store, loaders }) => {
      const tasks = await store.listEntities({ kinds: ['TASK'] }, { first: LIMITS.pageSize, after: null });
      const counts = await store.neighbors(
        tasks.items.map((task) => ({
          entityId: task.id,
          types: ['PART_OF_TASK'] as const,
          direction: 'INCOMING' as const,
          kinds: ['INITIATIVE'] as const,
          limit: 0,
        })),
      );
      for (const task of tasks.items) loaders.entity.prime(task.id, task);
      return tasks.items
        .map((task, index) => ({ task, initiatives: counts[index]!.total }))
        .sort((a, b) => b.initiatives - a.initiatives || (a.task.id < b.task.id ? -1 : 1));
    },
    entitiesByKind: (summary) =>
      ENTITY_KINDS.map((kind) => ({ kind, count: summary.entitiesByKind[kind] ?? 0 })),
    relationshipsByType: (summary) =>
      RELATIONSHIP_TYPES.map((type) => ({ type, count: summary.relationshipsByType[type] ?? 0 })),
  },
};
