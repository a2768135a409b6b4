import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { createGraphQLHarness, type GraphQLHarness } from '../support/graphql-harness.js';
import { eventsFixtureDataset } from '../support/events-fixture.js';

/**
 * `timeline` and `progress` through GraphQL, on the events fixture (test/support/events-fixture.ts):
 * the shapes front ends read, paging, the derived statuses, and a stable error code for each bad input.
 * The store behaviour under them is the events contract's, run on both stores.
 */
describe('timeline and progress in GraphQL', () => {
  let harness: GraphQLHarness;

  beforeAll(async () => {
    const dataset = await eventsFixtureDataset();
    harness = await createGraphQLHarness({ wrapStore: () => createEmbeddedStore({ dataset }) });
  });

  afterAll(async () => {
    await harness.stop();
  });

  const TIMELINE = /* GraphQL */ `
    query Timeline($ids: [ID!]!, $from: String, $to: String, $first: Int, $after: String) {
      timeline(ids: $ids, from: $from, to: $to, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            date
            eventType
            figures {
              areaSquareMetres
              lengthKm
              amountYuan
              firms
              projects
            }
            involves {
              id
            }
            evidence {
              kind
              note
              citation {
                title
                publisher
                published
                url
              }
            }
          }
        }
      }
    }
  `;

  const codeOf = (result: Awaited<ReturnType<GraphQLHarness['execute']>>) => ({
    code: result.errors?.[0]?.extensions?.['code'],
    message: result.errors?.[0]?.message,
  });

  it('answers an event with its date, type, typed figures, what it involves and its citation', async () => {
    const result = await harness.execute(TIMELINE, { ids: ['park:riverton-science-park'] });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!['timeline'].edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.map((node: { id: string }) => node.id)).toEqual([
      'event:science-park-agreement-signed',
      'event:science-park-opened',
    ]);
    expect(nodes[1]).toEqual({
      id: 'event:science-park-opened',
      date: '2019-12-16',
      eventType: 'OPENED',
      figures: { areaSquareMetres: 9610, lengthKm: null, amountYuan: null, firms: 21, projects: null },
      involves: [{ id: 'city:hilltown' }, { id: 'park:riverton-science-park' }],
      evidence: [
        {
          kind: 'CITED',
          note: 'Riverton Science Park opens, as the report states it.',
          citation: {
            title: 'Hilltown news',
            publisher: 'Hilltown district',
            published: '2019-12',
            url: null,
          },
        },
      ],
    });
    expect(result.data!['timeline'].totalCount).toBe(2);
  });

  it('pages with endCursor and filters by a window of reduced dates', async () => {
    const ids = ['city:riverton', 'city:hilltown', 'fund:delta-fund'];
    const first = await harness.execute(TIMELINE, { ids, first: 4 });
    expect(first.data!['timeline'].pageInfo.hasNextPage).toBe(true);
    const second = await harness.execute(TIMELINE, {
      ids,
      first: 4,
      after: first.data!['timeline'].pageInfo.endCursor,
    });
    const idsOf = (result: typeof first) =>
      result.data!['timeline'].edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect([...idsOf(first), ...idsOf(second)]).toEqual([
      'event:science-park-agreement-signed',
      'event:alpha-summit',
      'event:delta-fund-launched',
      'event:science-park-opened',
      'event:river-forum',
      'event:hilltown-joined',
    ]);
    expect(second.data!['timeline'].pageInfo.hasNextPage).toBe(false);
    const in2019 = await harness.execute(TIMELINE, { ids, from: '2019-06', to: '2019' });
    expect(idsOf(in2019)).toEqual(['event:delta-fund-launched', 'event:science-park-opened']);
  });

  it.each([
    [{ ids: ['city:nowhere'] }, 'NOT_FOUND', 'No entity has the id "city:nowhere"'],
    [{ ids: ['not an id'] }, 'BAD_USER_INPUT', '`ids` holds "not an id"'],
    [{ ids: [] }, 'BAD_USER_INPUT', '`ids` must name at least one entity'],
    [{ ids: ['city:riverton'], from: '2019-13' }, 'BAD_USER_INPUT', '`from` must be an ISO date'],
    [{ ids: ['city:riverton'], to: 'yesterday' }, 'BAD_USER_INPUT', '`to` must be an ISO date'],
    [
      { ids: ['city:riverton'], from: '2020', to: '2019' },
      'BAD_USER_INPUT',
      '`from` (2020-01-01) is after `to`',
    ],
    [
      { ids: ['city:riverton'], after: 'bm90LWEtY3Vyc29y' },
      'BAD_USER_INPUT',
      '`after` is not a valid cursor',
    ],
    [{ ids: ['city:riverton'], first: 101 }, 'LIMIT_EXCEEDED', '`first` may be at most 100'],
    [
      { ids: Array.from({ length: 51 }, (_, i) => `city:c${i}`) },
      'LIMIT_EXCEEDED',
      '`ids` may list at most 50 values',
    ],
  ])('refuses %j with %s', async (variables, code, message) => {
    const result = await harness.execute(TIMELINE, variables);
    expect(result.data).toBeNull();
    expect(codeOf(result).code).toBe(code);
    expect(codeOf(result).message).toContain(message);
  });

  const PROGRESS = /* GraphQL */ `
    query Progress($planId: ID!) {
      progress(planId: $planId) {
        plan {
          id
          name
        }
        items {
          entity {
            id
            kind
          }
          status
          lastReported
          events {
            id
          }
        }
        cooperations {
          relationship {
            id
          }
          status
          lastReported
          events {
            id
          }
        }
        counts {
          status
          count
        }
        truncated
      }
    }
  `;

  it("derives each item's status from the events bearing on it", async () => {
    const result = await harness.execute(PROGRESS, { planId: 'plan:riverton-plan' });
    expect(result.errors).toBeUndefined();
    const progress = result.data!['progress'];
    expect(progress.plan).toEqual({ id: 'plan:riverton-plan', name: 'Riverton plan' });
    expect(
      progress.items.map((item: { entity: { id: string }; status: string; lastReported: string | null }) => [
        item.entity.id,
        item.status,
        item.lastReported,
      ]),
    ).toEqual([
      ['fund:delta-fund', 'UNDER_WAY', '2019'],
      ['initiative:talent-exchange', 'NO_REPORT', null],
      ['organization:plan-office', 'NO_REPORT', null],
      ['park:riverton-science-park', 'DONE', '2019-12-16'],
    ]);
    expect(
      progress.cooperations.map((item: { relationship: { id: string }; status: string }) => [
        item.relationship.id,
        item.status,
      ]),
    ).toEqual([
      ['city:riverton-[COOPERATES_WITH]->city:hilltown', 'UNDER_WAY'],
      ['city:riverton-[COOPERATES_WITH]->city:lakeside', 'UNDER_WAY'],
    ]);
    expect(progress.counts).toEqual([
      { status: 'NO_REPORT', count: 2 },
      { status: 'UNDER_WAY', count: 3 },
      { status: 'DONE', count: 1 },
    ]);
    expect(progress.truncated).toBe(false);
  });

  it.each([
    ['plan:nowhere', 'NOT_FOUND', 'No plan has the id "plan:nowhere"'],
    ['city:riverton', 'BAD_USER_INPUT', '"city:riverton" is a CITY, not a PLAN'],
    ['Riverton plan', 'BAD_USER_INPUT', '`planId` must be an entity id'],
  ])('refuses progress of %s with %s', async (planId, code, message) => {
    const result = await harness.execute(PROGRESS, { planId });
    expect(result.data).toBeNull();
    expect(codeOf(result).code).toBe(code);
    expect(codeOf(result).message).toContain(message);
  });
});
