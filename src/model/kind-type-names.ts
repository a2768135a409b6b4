import type { EntityKind } from './vocabulary.js';

/** The name of each entity kind as a type: the GraphQL object type and the Neo4j label. */
export const KIND_TYPE_NAMES = {
  PLAN: 'Plan',
  TASK: 'Task',
  GOAL: 'Goal',
  MILESTONE: 'Milestone',
  CITY: 'City',
  DISTRICT: 'District',
  REGION: 'Region',
  PARK: 'Park',
  FUND: 'Fund',
  UNIVERSITY: 'University',
  INITIATIVE: 'Initiative',
  INDUSTRY: 'Industry',
  INFRASTRUCTURE: 'Infrastructure',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  EVENT: 'Event',
} as const satisfies Record<EntityKind, string>;
