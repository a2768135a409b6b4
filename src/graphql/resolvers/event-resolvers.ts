import type { GraphQLResolveInfo } from 'graphql';
import { BadInputError, NotFoundError } from '../../errors.js';
import {
  isEntityId,
  progressStatusOf,
  PROGRESS_STATUSES,
  type EntityRecord,
  type EventType,
} from '../../model/index.js';
import { eventSortKey } from '../../store/index.js';
import { endOfSpan, isIsoDate, startOfSpan } from '../../validation/index.js';
import type { GraphQLContext } from '../context.js';
import { connectionOf, ownCursor, pageRequest } from '../connection.js';
import type { QueryTimelineArgs, Resolvers } from '../generated/resolvers-types.js';
import { assertEntityIds, assertListLength, LIMITS } from '../../selection/index.js';
import { selectsField } from '../selected-fields.js';
import { sharedEntityFields } from './entity-resolvers.js';

/** Event sort keys as cursors carry them: a day, a space, an entity id (see eventSortKey). */
const EVENT_KEY = /^\d{4}-\d{2}-\d{2} [a-z]+:[a-z0-9][a-z0-9-]*$/;

/** An attribute every EVENT has (the schema refuses an event without it); a miss is a broken store. */
function eventAttribute<K extends 'date' | 'eventType'>(event: EntityRecord, key: K): string {
  const value = event.attributes[key];
  if (value === undefined) throw new Error(`Event ${event.id} has no ${key}`);
  return value;
}

/** A `from`/`to` argument as the first (or last) day of its span; null when absent. */
function windowDay(argument: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) {
    throw new BadInputError(
      `\`${argument}\` must be an ISO date such as 2019, 2019-06 or 2019-06-30 (got "${value}").`,
      argument,
    );
  }
  return argument === 'from' ? startOfSpan(value) : endOfSpan(value);
}

/** The entities `ids`, each checked: a malformed id is bad input, an unknown one NOT_FOUND. */
async function knownEntities(ids: readonly string[], context: GraphQLContext): Promise<EntityRecord[]> {
  assertEntityIds('ids', ids);
  const entities = await context.loaders.entity.loadMany(ids);
  return entities.map((entity, index) => {
    if (entity instanceof Error) throw entity;
    if (!entity) throw new NotFoundError('entity', ids[index]!);
    return entity;
  });
}

async function timeline(args: QueryTimelineArgs, context: GraphQLContext, info: GraphQLResolveInfo) {
  const ids = assertListLength('ids', args.ids, LIMITS.timelineIds) ?? [];
  if (ids.length === 0) throw new BadInputError('`ids` must name at least one entity.', 'ids');
  const from = windowDay('from', args.from);
  const to = windowDay('to', args.to);
  if (from !== null && to !== null && from > to) {
    throw new BadInputError(`\`from\` (${from}) is after \`to\` (${to}).`, 'from');
  }
  const request = ownCursor(pageRequest(args.first, args.after), 'timeline', (key) => EVENT_KEY.test(key));
  await knownEntities(ids, context);
  const page = await context.store.timeline(
    { ids, from, to, ...request },
    { withTotalCount: selectsField(info, 'totalCount') },
  );
  for (const event of page.items) context.loaders.entity.prime(event.id, event);
  // Events sort by date, then id: the cursor is that key, not the id.
  return {
    ...connectionOf(page, request, { cursorOf: eventSortKey }),
    totalCount: page.totalCount ?? 0,
  };
}

async function progress(planId: string, context: GraphQLContext) {
  if (!isEntityId(planId)) {
    throw new BadInputError(`\`planId\` must be an entity id like \`plan:…\` (got "${planId}").`, 'planId');
  }
  const plan = await context.loaders.entity.load(planId);
  if (!plan) throw new NotFoundError('plan', planId);
  if (plan.kind !== 'PLAN') {
    throw new BadInputError(
      `"${planId}" is a ${plan.kind}, not a PLAN: \`progress\` reads a plan.`,
      'planId',
    );
  }
  const record = await context.store.progress({
    planId,
    limit: LIMITS.progressItems,
    eventsPerItem: LIMITS.progressEventsPerItem,
  });
  for (const item of record.items) context.loaders.entity.prime(item.entity.id, item.entity);
  for (const cooperation of record.cooperations) {
    context.loaders.relationship.prime(cooperation.relationship.id, cooperation.relationship);
  }
  return { ...record, plan };
}

/** What the events bearing on one thing say (the rule table in src/model/progress-status.ts). */
const progressFields = {
  status: ({ events }: { events: EntityRecord[] }) =>
    progressStatusOf(events.map((event) => eventAttribute(event, 'eventType') as EventType)),
  lastReported: ({ events }: { events: EntityRecord[] }) => {
    const last = events.at(-1);
    return last ? eventAttribute(last, 'date') : null;
  },
};

export const eventResolvers: Resolvers = {
  Query: {
    timeline: (_root, args, context, info) => timeline(args, context, info),
    progress: (_root, { planId }, context) => progress(planId, context),
  },

  Event: {
    ...sharedEntityFields,
    date: (event) => eventAttribute(event, 'date'),
    eventType: (event) => eventAttribute(event, 'eventType') as EventType,
    figures: (event) => event.attributes,
    involves: async (event, _args, context) => {
      const page = await context.loaders.relationshipsOf.load({
        entityId: event.id,
        types: ['INVOLVES'],
        direction: 'OUTGOING',
        first: LIMITS.pageSize,
        after: null,
      });
      return page.others;
    },
  },

  ProgressItem: progressFields,
  CooperationProgress: progressFields,

  Progress: {
    counts: (record) => {
      const statuses = [...record.items, ...record.cooperations].map((item) => progressFields.status(item));
      return PROGRESS_STATUSES.map((status) => ({
        status,
        count: statuses.filter((found) => found === status).length,
      }));
    },
  },
};
