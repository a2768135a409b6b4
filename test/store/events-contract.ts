import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/index.js';
import { eventSortKey, type KnowledgeGraphStore, type TimelineRequest } from '../../src/store/index.js';
import { eventsFixtureDataset } from '../support/events-fixture.js';

/**
 * Events in the conformance suite: timelines and progress on a small dataset of two plans and the
 * events reported about them (test/support/events-fixture.ts), run against each adapter. The expected
 * lists were worked out by hand from the fixture.
 */
export function describeEventsContract(
  name: string,
  makeStore: (dataset: Dataset) => Promise<KnowledgeGraphStore>,
  closeStore: (store: KnowledgeGraphStore) => Promise<void> = (store) => store.close(),
): void {
  describe(`events contract: ${name}`, () => {
    let store: KnowledgeGraphStore;
    let dataset: Dataset;

    beforeAll(async () => {
      dataset = await eventsFixtureDataset();
      store = await makeStore(dataset);
    });

    afterAll(async () => {
      if (store) await closeStore(store);
    });

    const timelineIds = async (request: Partial<TimelineRequest> & { ids: string[] }) =>
      (await store.timeline({ from: null, to: null, first: 100, after: null, ...request })).items.map(
        (event) => event.id,
      );

    it('reads back every event with its date, type and figures as the dataset states them', async () => {
      const events = dataset.entities.filter((entity) => entity.kind === 'EVENT');
      expect(events).toHaveLength(7);
      expect(await store.getEntities(events.map((event) => event.id))).toEqual(events);
      const [opened] = await store.getEntities(['event:science-park-opened']);
      expect(opened!.attributes).toEqual({
        date: '2019-12-16',
        eventType: 'OPENED',
        areaSquareMetres: 9610,
        firms: 21,
      });
    });

    it('lists the events involving an entity in date order, a reduced date as its first day', async () => {
      expect(await timelineIds({ ids: ['city:riverton'] })).toEqual([
        'event:science-park-agreement-signed',
        'event:alpha-summit',
        'event:river-forum',
      ]);
    });

    it('merges several entities, breaks a tie of days by id and lists each event once', async () => {
      // `2019` sorts as 2019-01-01, the alpha summit's day: the ids decide.
      expect(await timelineIds({ ids: ['city:riverton', 'fund:delta-fund'] })).toEqual([
        'event:science-park-agreement-signed',
        'event:alpha-summit',
        'event:delta-fund-launched',
        'event:river-forum',
      ]);
      // The signing involves both the park and Hilltown.
      expect(await timelineIds({ ids: ['park:riverton-science-park', 'city:hilltown'] })).toEqual([
        'event:science-park-agreement-signed',
        'event:science-park-opened',
        'event:hilltown-joined',
      ]);
    });

    it('keeps the events whose date overlaps the window, at any precision', async () => {
      const ids = ['city:riverton', 'city:hilltown', 'park:riverton-science-park', 'fund:delta-fund'];
      expect(await timelineIds({ ids, from: '2019-06-01', to: '2019-12-31' })).toEqual([
        'event:delta-fund-launched',
        'event:science-park-opened',
      ]);
      // A `2019` event reaches to 2019-12-31; the opening on the 16th is before the window.
      expect(await timelineIds({ ids, from: '2019-12-20' })).toEqual([
        'event:delta-fund-launched',
        'event:river-forum',
        'event:hilltown-joined',
      ]);
      // A `2018-11` event starts on 2018-11-01.
      expect(await timelineIds({ ids, to: '2018-11-05' })).toEqual(['event:science-park-agreement-signed']);
      expect(await timelineIds({ ids, to: '2018-10-31' })).toEqual([]);
    });

    it('pages a timeline by its sort key, and counts it whole', async () => {
      const ids = ['city:riverton', 'city:hilltown', 'fund:delta-fund'];
      const whole = await timelineIds({ ids });
      expect(whole).toHaveLength(6);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 1; ; pages++) {
        const page = await store.timeline(
          { ids, from: null, to: null, first: 4, after },
          { withTotalCount: true },
        );
        expect(page.totalCount).toBe(6);
        seen.push(...page.items.map((event) => event.id));
        if (!page.hasNextPage) {
          expect(pages).toBe(2);
          break;
        }
        after = eventSortKey(page.items.at(-1)!);
      }
      expect(seen).toEqual(whole);
    });

    it('finds no events for an unknown entity or one no event involves', async () => {
      expect(await timelineIds({ ids: ['city:nowhere'] })).toEqual([]);
      expect(await timelineIds({ ids: ['organization:plan-office'] })).toEqual([]);
    });

    it("lists a plan's items with the events bearing on each, by id", async () => {
      const progress = await store.progress({ planId: 'plan:riverton-plan', limit: 500, eventsPerItem: 50 });
      expect(progress.items.map((item) => [item.entity.id, item.events.map((event) => event.id)])).toEqual([
        ['fund:delta-fund', ['event:delta-fund-launched']],
        ['initiative:talent-exchange', []],
        ['organization:plan-office', []],
        ['park:riverton-science-park', ['event:science-park-agreement-signed', 'event:science-park-opened']],
      ]);
      expect(progress.truncated).toBe(false);
      const park = progress.items.at(-1)!;
      expect(park.entity).toEqual(dataset.entities.find((entity) => entity.id === park.entity.id));
      expect(park.events[1]).toEqual(
        dataset.entities.find((entity) => entity.id === 'event:science-park-opened'),
      );
    });

    it("lists the cooperations the plan's own document states, with the events involving both ends", async () => {
      const progress = await store.progress({ planId: 'plan:riverton-plan', limit: 500, eventsPerItem: 50 });
      expect(
        progress.cooperations.map((item) => [item.relationship.id, item.events.map((event) => event.id)]),
      ).toEqual([
        ['city:riverton-[COOPERATES_WITH]->city:hilltown', ['event:science-park-agreement-signed']],
        ['city:riverton-[COOPERATES_WITH]->city:lakeside', ['event:river-forum']],
      ]);
      const other = await store.progress({ planId: 'plan:lakeside-plan', limit: 500, eventsPerItem: 50 });
      expect(other.items.map((item) => item.entity.id)).toEqual(['initiative:ferry-initiative']);
      expect(other.cooperations.map((item) => item.relationship.id)).toEqual([
        'city:lakeside-[COOPERATES_WITH]->city:riverton',
      ]);
    });

    it('cuts the lists at the limit and the events at eventsPerItem, and says so', async () => {
      const progress = await store.progress({ planId: 'plan:riverton-plan', limit: 3, eventsPerItem: 1 });
      expect(progress.items.map((item) => item.entity.id)).toEqual([
        'fund:delta-fund',
        'initiative:talent-exchange',
        'organization:plan-office',
      ]);
      expect(progress.truncated).toBe(true);
      const cut = await store.progress({ planId: 'plan:riverton-plan', limit: 500, eventsPerItem: 1 });
      expect(cut.items.at(-1)!.events.map((event) => event.id)).toEqual([
        'event:science-park-agreement-signed',
      ]);
    });

    it('names nothing for an unknown plan or an entity that is not a plan', async () => {
      for (const planId of ['plan:nowhere', 'city:riverton']) {
        expect(await store.progress({ planId, limit: 500, eventsPerItem: 50 })).toEqual({
          items: [],
          cooperations: [],
          truncated: false,
        });
      }
    });
  });
}
