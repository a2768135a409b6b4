import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset, EntityRecord, RelationshipRecord } from '../../../../src/model/index.js';
import { createEmbeddedStore } from '../../../../src/store/embedded/index.js';
import type { KnowledgeGraphStore } from '../../../../src/store/index.js';
import * as statements from '../../../../src/store/neo4j/cypher/index.js';
import type { QueryRunner } from '../../../../src/store/neo4j/query-runner.js';
import { entityFrom, relationshipFrom } from '../../../../src/store/neo4j/cypher/decode/records.js';
import { bundledDataset } from '../../../support/bundled-dataset.js';
import { prepareQuery, scoreEntity } from '../../../../src/search/index.js';
import { openStatementRunner } from './statement-runner.js';

// Every read statement run on the real Neo4j holding the bundled dataset, its rows decoded by its own
// decoder: what comes back must be the dataset's records (or the embedded store's answer), exactly.
describe('read statements decode real Neo4j rows', () => {
  let runner: QueryRunner;
  let close: () => Promise<void>;
  let dataset: Dataset;
  let embedded: KnowledgeGraphStore;
  const byId = <T extends { id: string }>(records: readonly T[]) =>
    [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  beforeAll(async () => {
    ({ runner, close } = openStatementRunner(inject('neo4j')));
    dataset = await bundledDataset();
    embedded = createEmbeddedStore({ dataset });
  });

  afterAll(async () => {
    await close();
  });

  it('reads every entity and relationship back as the dataset holds it', async () => {
    const entities = await runner.read(
      'test',
      statements.getEntitiesQuery(dataset.entities.map((e) => e.id)),
    );
    expect(byId(entities)).toEqual(byId(dataset.entities));
    const relationships = await runner.read(
      'test',
      statements.getRelationshipsQuery(dataset.relationships.map(({ id, from }) => ({ id, from }))),
    );
    expect(byId(relationships)).toEqual(byId(dataset.relationships));
  });

  it('pages entities and relationships, with and without their total count', async () => {
    const page = { first: 5, after: null };
    const entities = await runner.read('test', statements.listEntitiesQuery({ kinds: ['CITY'] }, page));
    const cities = byId(dataset.entities.filter((entity) => entity.kind === 'CITY'));
    expect(entities).toEqual(cities.slice(0, 6));

    const list = statements.listEntitiesQuery({ kinds: null }, page);
    const [counted] = await runner.read(
      'test',
      statements.withTotalCount(list, statements.countEntitiesQuery({ kinds: null }), 'entity', entityFrom),
    );
    expect(counted).toEqual({ items: byId(dataset.entities).slice(0, 6), count: dataset.entities.length });

    const hosts = byId(dataset.relationships.filter((relationship) => relationship.type === 'HOSTS'));
    const relationshipPage = statements.listRelationshipsQuery({ types: ['HOSTS'] }, page);
    expect(await runner.read('test', relationshipPage)).toEqual(hosts.slice(0, 6));
    const [countedRelationships] = await runner.read(
      'test',
      statements.withTotalCount(
        relationshipPage,
        statements.countRelationshipsQuery({ types: ['HOSTS'] }),
        'relationship',
        relationshipFrom,
      ),
    );
    expect(countedRelationships).toEqual({ items: hosts.slice(0, 6), count: hosts.length });
  });

  it('counts from the count store', async () => {
    expect(await runner.read('test', statements.countEntitiesQuery({ kinds: ['CITY', 'PARK'] }))).toEqual([
      dataset.entities.filter((entity) => entity.kind === 'CITY' || entity.kind === 'PARK').length,
    ]);
    expect(await runner.read('test', statements.countRelationshipsQuery({ types: null }))).toEqual([
      dataset.relationships.length,
    ]);
    const [summary] = await runner.read('test', statements.summaryQuery());
    expect(summary).toEqual(await embedded.summary());
    expect(await runner.read('test', statements.pingQuery())).toEqual([1]);
  });

  it('reads degrees, neighbours and the most connected entities', async () => {
    const ids = ['city:wenzhou', 'district:jiading', 'city:nowhere'];
    const degrees = await runner.read('test', statements.degreesQuery(ids));
    expect(degrees).toEqual(
      ids.map((id) => ({
        id,
        degree: dataset.relationships.filter(
          (relationship) => relationship.from === id || relationship.to === id,
        ).length,
      })),
    );
    expect(degrees[0]!.degree).toBeGreaterThan(0);

    const requests = [
      { entityId: 'city:wenzhou', types: null, kinds: null, direction: 'BOTH' as const, limit: 3 },
      { entityId: 'city:nowhere', types: null, kinds: null, direction: 'OUTGOING' as const, limit: 3 },
    ];
    const rows = await runner.read('test', statements.neighborsQuery(requests));
    const expected = await embedded.neighbors(requests);
    // An entity with no neighbours (or none at all) has no row: the store answers it with none.
    expect(rows).toEqual([{ index: 0, ...expected[0]! }]);
    expect(expected[1]).toEqual({ ids: [], total: 0 });

    const top = await runner.read('test', statements.mostConnectedQuery(3));
    expect(top).toEqual(await embedded.mostConnected(3));
  });

  it('reads a page of relationships with the next level and the entity itself', async () => {
    const request = {
      entityId: 'city:wenzhou',
      types: null,
      direction: 'OUTGOING' as const,
      first: 4,
      after: null,
      next: { types: null, direction: 'BOTH' as const, first: 2 },
      withEntity: true,
    };
    const [group] = statements.groupRelationshipsOfRequests([request]);
    const [row] = await runner.read('test', statements.relationshipsOfQuery(group!, [request]));
    const [page] = await embedded.relationshipsOf([request]);
    expect(row!.index).toBe(0);
    expect(row!.entity).toEqual(dataset.entities.find((entity) => entity.id === 'city:wenzhou'));
    // The statement reads one more than the page, to tell whether there is a next one.
    expect(row!.relationships.slice(0, 4)).toEqual(page!.items);
    expect(row!.others.slice(0, 4)).toEqual(page!.others);
    expect(row!.nextPages.length).toBeGreaterThan(0);
    for (const next of row!.nextPages) {
      const expectedNext = page!.nextPages![page!.others.findIndex((other) => other.id === next.entityId)];
      expect(next.relationships.slice(0, 2)).toEqual(expectedNext!.items);
      expect(next.others.slice(0, 2)).toEqual(expectedNext!.others);
    }
    const [without] = statements.groupRelationshipsOfRequests([{ ...request, withEntity: false }]);
    const [plain] = await runner.read('test', statements.relationshipsOfQuery(without!, [request]));
    expect(plain).not.toHaveProperty('entity');
  });

  it('reads the asked parts of records alike whole or narrowed, the ends filled in from the pattern', async () => {
    const fields = {
      entity: ['evidence'],
      relationship: ['evidence'],
      evidence: ['quote', 'section'],
    } as const;
    for (const direction of ['OUTGOING', 'INCOMING', 'BOTH'] as const) {
      const request = {
        entityId: 'city:wenzhou',
        types: null,
        direction,
        first: 6,
        after: null,
        next: { types: null, direction, first: 3 },
        withEntity: true,
      };
      const [whole] = await runner.read(
        'test',
        statements.relationshipsOfQuery(statements.groupRelationshipsOfRequests([request])[0]!, [request]),
      );
      const narrowRequest = { ...request, fields };
      const [narrow] = await runner.read(
        'test',
        statements.relationshipsOfQuery(statements.groupRelationshipsOfRequests([narrowRequest])[0]!, [
          narrowRequest,
        ]),
      );
      const asked = (record: { evidence: { kind: string; section?: string | null; quote?: string }[] }) =>
        record.evidence.map((item) => ({
          kind: item.kind,
          section: item.section ?? null,
          quote: item.quote ?? null,
        }));
      const relationshipShown = (relationship: RelationshipRecord) => ({
        id: relationship.id,
        type: relationship.type,
        from: relationship.from,
        to: relationship.to,
        evidence: asked(relationship),
      });
      const entityShown = (entity: EntityRecord) => ({
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        evidence: asked(entity),
      });
      expect(whole!.relationships.length).toBeGreaterThan(0);
      expect(narrow!.relationships.map(relationshipShown)).toEqual(
        whole!.relationships.map(relationshipShown),
      );
      expect(narrow!.others.map(entityShown)).toEqual(whole!.others.map(entityShown));
      expect(entityShown(narrow!.entity!)).toEqual(entityShown(whole!.entity!));
      expect(narrow!.nextPages.map((page) => page.relationships.map(relationshipShown))).toEqual(
        whole!.nextPages.map((page) => page.relationships.map(relationshipShown)),
      );
      // What was not asked for stays out: no description, no attributes, no relationship properties.
      expect(narrow!.others.every((entity) => entity.description === null)).toBe(true);
      expect(whole!.others.some((entity) => entity.description !== null)).toBe(true);
    }
  });

  it('reads sources, their texts and the facts citing a passage', async () => {
    expect(await runner.read('test', statements.listSourcesQuery())).toEqual(dataset.sources);
    const primary = 'wenzhou-yrd-action-plan-2020';
    expect(await runner.read('test', statements.sourceTextsQuery([primary, 'yrd-outline-2019']))).toEqual(
      expect.arrayContaining([
        { id: primary, text: dataset.sourceTexts[primary] },
        { id: 'yrd-outline-2019', text: null },
      ]),
    );
    const request = { source: primary, start: 0, end: 3000, first: 5, after: null };
    const rows = await runner.read('test', statements.evidenceInQuery(request));
    const expected = await embedded.evidenceIn(request);
    expect(rows.length > request.first).toBe(expected.hasNextPage);
    expect(
      rows.slice(0, request.first).map(({ entity, relationship, evidenceIndex }) => ({
        entity,
        relationship,
        evidenceIndex,
      })),
    ).toEqual(
      expected.items.map(({ entity, relationship, evidenceIndex }) => ({
        entity,
        relationship,
        evidenceIndex,
      })),
    );
    expect(rows.map((row) => row.factId)).toEqual(
      expected.items
        .map((item) => item.entity?.id ?? item.relationship!.id)
        .concat(rows.slice(request.first).map((row) => row.factId)),
    );
  });

  it('reads timelines and a plan’s progress', async () => {
    const timeline = {
      ids: ['city:wenzhou', 'district:jiading'],
      from: null,
      to: null,
      first: 3,
      after: null,
    };
    const events = await runner.read('test', statements.timelineQuery(timeline));
    const expected = await embedded.timeline(timeline, { withTotalCount: true });
    expect(events.slice(0, 3)).toEqual(expected.items);
    expect(events.length).toBeGreaterThan(0);
    expect(await runner.read('test', statements.timelineCountQuery(timeline))).toEqual([expected.totalCount]);

    const progress = { planId: 'plan:wenzhou-yrd-action-plan', limit: 500, eventsPerItem: 5 };
    const expectedProgress = await embedded.progress(progress);
    const items = await runner.read('test', statements.progressItemsQuery(progress));
    expect(items).toEqual(expectedProgress.items);
    expect(items.some((item) => item.events.length > 0)).toBe(true);
    const cooperations = await runner.read('test', statements.progressCooperationsQuery(progress));
    expect(cooperations).toEqual(expectedProgress.cooperations);
    expect(cooperations.length).toBeGreaterThan(0);
  });

  it('reads neighbourhoods, the filtered graph and search candidates', async () => {
    const request = {
      ids: ['city:wenzhou'],
      depth: 2,
      relationshipTypes: null,
      direction: 'BOTH' as const,
      limit: 30,
      kinds: null,
      time: null,
      perNodeLimit: null,
    };
    const [subgraph] = await runner.read('test', statements.neighborhoodQuery(request));
    expect({ ...subgraph!, omitted: [] }).toEqual(await embedded.neighborhood(request));
    expect(subgraph!.truncated).toBe(true);
    const graph = { kinds: ['CITY' as const], relationshipTypes: null, limit: 5, time: null };
    const [whole] = await runner.read('test', statements.graphQuery(graph));
    expect({ ...whole!, omitted: [] }).toEqual(await embedded.graph(graph));

    expect(
      await runner.read('test', statements.neighborhoodSeedsQuery(['city:wenzhou', 'city:nowhere'])),
    ).toEqual(['city:wenzhou']);
    const capped = { ...request, perNodeLimit: 2 };
    const [level] = await runner.read('test', statements.neighborhoodLevelQuery(['city:wenzhou'], capped));
    const [all] = await embedded.neighbors([
      { entityId: 'city:wenzhou', types: null, kinds: null, direction: 'BOTH', limit: 2 },
    ]);
    expect(level).toEqual({ id: 'city:wenzhou', first: all!.ids, total: all!.total });
    const kept = ['city:wenzhou', ...all!.ids];
    const [keptRow] = await runner.read(
      'test',
      statements.keptSubgraphQuery(kept, ['city:wenzhou'], true, capped),
    );
    expect(keptRow!.nodes.map((node) => node.id)).toEqual(kept);
    expect(keptRow!.truncated).toBe(true);
    expect(keptRow!.cappedCounts).toEqual([{ id: 'city:wenzhou', inKept: 2 }]);

    const hits = await runner.read('test', statements.searchQuery(prepareQuery('wenzhou'), ['CITY'], 1));
    const wenzhou = dataset.entities.find((entity) => entity.id === 'city:wenzhou')!;
    expect(hits).toEqual([{ entity: wenzhou, score: scoreEntity(prepareQuery('wenzhou'), wenzhou) }]);
  });

  it('fails a read with a stack of its own, and leaves the process stack trace limit as it was', async () => {
    const limit = Error.stackTraceLimit;
    const failing = { text: 'RETURN 1 / 0 AS n', parameters: {}, decode: () => 0 };
    const error = await runner.read('test', failing).then(
      () => null,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).toMatch(
      /^Neo4j query failed \(Neo\.ClientError\.Statement\.ArithmeticError\): \/ by zero/,
    );
    // The translated error's own stack names the runner: it is not the driver's stack, made empty.
    expect(error?.stack).toMatch(/query-runner/);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(await runner.read('test', { ...failing, text: 'RETURN 1 AS n' })).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
