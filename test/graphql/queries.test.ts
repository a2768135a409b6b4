import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import type { Dataset } from '../../src/model/index.js';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

/** Stories a front end tells with one query each, on the bundled dataset. */

const PLAN_TEXT = path.join(DEFAULT_DATASET_DIR, 'sources', 'wenzhou-yrd-action-plan-2020.txt');

let harness: GraphQLHarness;
let dataset: Dataset;
let planText: string;

beforeAll(async () => {
  dataset = await bundledDataset();
  planText = await readFile(PLAN_TEXT, 'utf8');
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

interface CooperationEdge {
  direction: string;
  other: { id: string; name: string };
  node: {
    evidence: {
      kind: string;
      quote: string;
      section: string | null;
      source: { id: string; title: string };
    }[];
  };
}

describe('who does Wenzhou cooperate with, and where does the plan say so', () => {
  let edges: CooperationEdge[];

  beforeAll(async () => {
    const data = dataOf(
      await harness.execute(`{
        entity(id: "city:wenzhou") {
          relationships(types: [COOPERATES_WITH], first: 100) {
            edges {
              direction
              other { id name }
              node { evidence { kind quote section source { id title } } }
            }
          }
        }
      }`),
    );
    edges = data['entity'].relationships.edges;
  });

  it('names Shanghai, Taizhou and Jiading among the partners', () => {
    const partners = edges.map((edge) => edge.other.id);
    expect(partners).toEqual(expect.arrayContaining(['city:shanghai', 'city:taizhou', 'district:jiading']));
    const names = Object.fromEntries(edges.map((edge) => [edge.other.id, edge.other.name]));
    expect(names).toMatchObject({
      'city:shanghai': 'Shanghai',
      'city:taizhou': 'Taizhou',
      'district:jiading': 'Jiading',
    });
  });

  it('lists exactly the cooperation relationships the dataset gives Wenzhou', () => {
    const expected = dataset.relationships
      .filter((r) => r.type === 'COOPERATES_WITH' && (r.from === 'city:wenzhou' || r.to === 'city:wenzhou'))
      .map((r) => (r.from === 'city:wenzhou' ? r.to : r.from))
      .sort();
    expect(edges.map((edge) => edge.other.id).sort()).toEqual(expected);
  });

  it('backs each of the three with a quote taken verbatim from the plan, and its section', () => {
    for (const partner of ['city:shanghai', 'city:taizhou', 'district:jiading']) {
      const edge = edges.find((candidate) => candidate.other.id === partner)!;
      expect(edge.direction).toBe('OUTGOING');
      // A reading beside the quote (Taizhou's: the cooperation is what a highland is built for) is
      // INFERRED and quotes nothing; every link still has the plan's words.
      const quoted = edge.node.evidence.filter((evidence) => evidence.kind === 'QUOTED');
      expect(quoted.length).toBeGreaterThan(0);
      for (const evidence of quoted) {
        expect(evidence.quote.trim().length).toBeGreaterThan(0);
        expect(planText.includes(evidence.quote), `quote for ${partner}: ${evidence.quote}`).toBe(true);
        expect(evidence.section).toMatch(/^(Introduction|Task (One|Two|Three|Four|Five|Six|Seven|Eight))$/);
        expect(evidence.source).toEqual({
          id: 'wenzhou-yrd-action-plan-2020',
          title:
            'Wenzhou Issues Action Plan for Promoting the Regional Integrated Development of the Yangtze River Delta',
        });
      }
    }
  });

  it('quotes the Jiading cooperation from Task Two', () => {
    const jiading = edges.find((edge) => edge.other.id === 'district:jiading')!;
    expect(jiading.node.evidence[0]).toMatchObject({ section: 'Task Two' });
    expect(jiading.node.evidence[0]!.quote).toContain('strategic cooperation with Jiading');
  });
});

describe('how is Taizhou connected to Jiading', () => {
  it('goes through Wenzhou in two steps, each with its evidence', async () => {
    const data = dataOf(
      await harness.execute(`{
        shortestPath(from: "city:taizhou", to: "district:jiading") {
          length
          nodes { id }
          relationships { type from { id } to { id } evidence { kind quote } }
        }
      }`),
    );
    const path = data['shortestPath'];
    expect(path.length).toBe(2);
    expect(path.nodes.map((node: { id: string }) => node.id)).toEqual([
      'city:taizhou',
      'city:wenzhou',
      'district:jiading',
    ]);
    expect(path.relationships).toHaveLength(2);
    const [first, second] = path.relationships;
    expect([first.from.id, first.to.id].sort()).toEqual(['city:taizhou', 'city:wenzhou']);
    expect([second.from.id, second.to.id].sort()).toEqual(['city:wenzhou', 'district:jiading']);
    for (const relationship of path.relationships) {
      const quoted = relationship.evidence.filter((evidence: { kind: string }) => evidence.kind === 'QUOTED');
      expect(quoted.length).toBeGreaterThan(0);
      for (const evidence of quoted) expect(planText).toContain(evidence.quote);
    }
  });

  it('returns a path of length 0 from an entity to itself', async () => {
    const data = dataOf(
      await harness.execute(
        '{ shortestPath(from: "city:wenzhou", to: "city:wenzhou") { length nodes { id } relationships { id } } }',
      ),
    );
    expect(data['shortestPath']).toEqual({ length: 0, nodes: [{ id: 'city:wenzhou' }], relationships: [] });
  });

  it('returns null when no path fits within maxHops or the relationship types', async () => {
    const tooShort = await harness.execute(
      '{ shortestPath(from: "city:taizhou", to: "district:jiading", maxHops: 1) { length } }',
    );
    expect(dataOf(tooShort)['shortestPath']).toBeNull();
    const wrongTypes = await harness.execute(
      '{ shortestPath(from: "city:taizhou", to: "district:jiading", relationshipTypes: [LED_BY]) { length } }',
    );
    expect(dataOf(wrongTypes)['shortestPath']).toBeNull();
  });
});

describe('where is Wenzhou on the map', () => {
  it('gives the province and coordinates, CITED to a reference with a note in our own words', async () => {
    const data = dataOf(
      await harness.execute(`{
        entity(id: "city:wenzhou") {
          ... on City { province location { latitude longitude } }
          evidence { kind quote note section source { id kind } citation { id kind title publisher url } }
        }
      }`),
    );
    const wenzhou = data['entity'];
    const record = dataset.entities.find((entity) => entity.id === 'city:wenzhou')!;
    expect(wenzhou.province).toBe('Zhejiang');
    expect(wenzhou.location).toEqual({
      latitude: record.attributes.latitude,
      longitude: record.attributes.longitude,
    });
    expect(wenzhou.location.latitude).toBeCloseTo(27.99, 2);
    expect(wenzhou.location.longitude).toBeCloseTo(120.7, 2);
    const cited = wenzhou.evidence.filter((evidence: { kind: string }) => evidence.kind === 'CITED');
    expect(cited).toEqual([
      {
        kind: 'CITED',
        quote: null,
        note: expect.stringContaining('latitude and longitude'),
        section: null,
        source: { id: 'wikipedia-wenzhou', kind: 'REFERENCE' },
        citation: {
          id: 'wikipedia-wenzhou',
          kind: 'REFERENCE',
          title: 'Wenzhou (Wikipedia article)',
          publisher: 'Wikipedia',
          url: 'https://en.wikipedia.org/wiki/Wenzhou',
        },
      },
    ]);
    // The note is our own words, not a sentence of the plan.
    expect(planText).not.toContain(cited[0].note);
  });

  it('gives null location and province for a place the curators did not locate', async () => {
    const unlocated = dataset.entities.find(
      (entity) => entity.kind === 'REGION' && entity.attributes.latitude === undefined,
    )!;
    const data = dataOf(
      await harness.execute(
        'query ($id: ID!) { entity(id: $id) { ... on Place { province location { latitude } } } }',
        { id: unlocated.id },
      ),
    );
    expect(data['entity']).toEqual({ province: unlocated.attributes.province ?? null, location: null });
  });
});

describe('sources', () => {
  it('lists every source of the dataset in order, with its kind', async () => {
    const data = dataOf(await harness.execute('{ sources { id kind title publisher published url } }'));
    expect(data['sources']).toEqual(dataset.sources);
    // The plan is the one held text; the rest are the references CITED evidence cites.
    const kinds = data['sources'].map((source: { kind: string }) => source.kind);
    expect(kinds[0]).toBe('PRIMARY');
    expect(kinds.slice(1)).toEqual(Array.from({ length: kinds.length - 1 }, () => 'REFERENCE'));
    expect(kinds.length).toBe(dataset.sources.length);
  });
});

describe('summary', () => {
  it('counts entities and relationships as the dataset has them, listing every enum value in order', async () => {
    const data = dataOf(
      await harness.execute(`{
        summary {
          entityCount
          relationshipCount
          entitiesByKind { kind count }
          relationshipsByType { type count }
        }
      }`),
    );
    const summary = data['summary'];
    expect(summary.entityCount).toBe(dataset.entities.length);
    expect(summary.entityCount).toBe(174);
    expect(summary.relationshipCount).toBe(dataset.relationships.length);
    expect(summary.entitiesByKind).toEqual(
      ENTITY_KINDS.map((kind) => ({
        kind,
        count: dataset.entities.filter((entity) => entity.kind === kind).length,
      })),
    );
    expect(summary.relationshipsByType).toEqual(
      RELATIONSHIP_TYPES.map((type) => ({
        type,
        count: dataset.relationships.filter((relationship) => relationship.type === type).length,
      })),
    );
    // The bundled dataset states no FUNDS relationship: the type is still listed, with zero.
    expect(summary.relationshipsByType).toContainEqual({ type: 'FUNDS', count: 0 });
  });
});
