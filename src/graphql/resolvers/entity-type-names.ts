import type { EntityKind } from '../../model/index.js';

/** The GraphQL object type of each entity kind. */
export const ENTITY_TYPE_NAMES = {
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
} as const satisfies Record<EntityKind, string>;

export type EntityTypeName = (typeof ENTITY_TYPE_NAMES)[EntityKind];
