import type { EntityRecord, RelationshipRecord } from '../../model/index.js';
import { compareText } from '../../search/index.js';
import type {
  ListOptions,
  Page,
  ProgressRecord,
  ProgressRequest,
  TimelineRequest,
} from '../knowledge-graph-store.js';
import { eventInWindow, eventSortKey } from '../knowledge-graph-store.js';
import type { InMemoryGraph } from './in-memory-graph.js';

const isInvolves = (relationship: RelationshipRecord) => relationship.type === 'INVOLVES';

/** The events that involve `entityId`, in event order (see eventSortKey). */
function eventsInvolving(g: InMemoryGraph, entityId: string): EntityRecord[] {
  const events: EntityRecord[] = [];
  for (const { other } of g.steps(entityId, 'INCOMING', isInvolves)) {
    const event = g.entities.get(other);
    if (event?.kind === 'EVENT') events.push(event);
  }
  return sortEvents(events);
}

function sortEvents(events: EntityRecord[]): EntityRecord[] {
  return events
    .map((event) => ({ event, key: eventSortKey(event) }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ event }) => event);
}

/** The store port's timeline on the in-memory graph (see KnowledgeGraphStore.timeline). */
export function timelineOf(
  g: InMemoryGraph,
  request: TimelineRequest,
  options?: ListOptions,
): Page<EntityRecord> {
  const byId = new Map<string, EntityRecord>();
  for (const id of request.ids) {
    for (const event of eventsInvolving(g, id)) byId.set(event.id, event);
  }
  const matching = sortEvents(
    [...byId.values()].filter((event) =>
      eventInWindow(event.attributes.date ?? '', request.from, request.to),
    ),
  );
  const after = request.after;
  const rest = after === null ? matching : matching.filter((event) => eventSortKey(event) > after);
  return {
    items: rest.slice(0, request.first),
    hasNextPage: rest.length > request.first,
    ...(options?.withTotalCount ? { totalCount: matching.length } : {}),
  };
}

/** The store port's progress on the in-memory graph (see KnowledgeGraphStore.progress). */
export function progressOf(g: InMemoryGraph, request: ProgressRequest): ProgressRecord {
  const plan = g.entities.get(request.planId);
  if (plan?.kind !== 'PLAN') return { items: [], cooperations: [], truncated: false };
  const itemIds = new Set<string>();
  for (const { other } of g.steps(plan.id, 'INCOMING', (r) => r.type === 'PART_OF')) {
    const part = g.entities.get(other)!;
    if (part.kind === 'TASK') {
      for (const { other: item } of g.steps(part.id, 'INCOMING', (r) => r.type === 'PART_OF_TASK')) {
        itemIds.add(item);
      }
    } else {
      itemIds.add(part.id);
    }
  }
  const items = [...itemIds]
    .map((id) => g.entities.get(id)!)
    .filter((entity) => entity.kind !== 'EVENT' && entity.kind !== 'TASK')
    .sort((a, b) => compareText(a.id, b.id));

  // The plan's own documents: the sources its QUOTED evidence quotes.
  const planSources = new Set(plan.evidence.flatMap((item) => (item.kind === 'QUOTED' ? [item.source] : [])));
  const cooperations = (g.relationshipsByType.get('COOPERATES_WITH') ?? []).filter((relationship) =>
    relationship.evidence.some((item) => item.kind === 'QUOTED' && planSources.has(item.source)),
  );
  const cut = <T>(list: T[]) => list.slice(0, request.limit);
  return {
    items: cut(items).map((entity) => ({
      entity,
      events: eventsInvolving(g, entity.id).slice(0, request.eventsPerItem),
    })),
    cooperations: cut(cooperations).map((relationship) => {
      const atTo = new Set(eventsInvolving(g, relationship.to).map((event) => event.id));
      return {
        relationship,
        events: eventsInvolving(g, relationship.from)
          .filter((event) => atTo.has(event.id))
          .slice(0, request.eventsPerItem),
      };
    }),
    truncated: items.length > request.limit || cooperations.length > request.limit,
  };
}
