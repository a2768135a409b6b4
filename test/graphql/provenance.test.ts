import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, dataOf, type GraphQLHarness } from '../support/graphql-harness.js';

/**
 * Provenance through the API (issue 12): evidence kinds and their fields, offsets, `Evidence.context`,
 * `source(id)` with its text, the reverse lookup `evidenceIn`, the `evidenceKinds` filters and dates at
 * reduced precision. Runs on the embedded store and again on Neo4j (project graphql-neo4j).
 */

const PLAN = 'wenzhou-yrd-action-plan-2020';
const JIADING_COOPERATION = 'city:wenzhou-[COOPERATES_WITH]->district:jiading';
const JIADING_QUOTE = 'Wenzhou will deepen its comprehensive strategic cooperation with Jiading';
const JIADING_START = 5128;

let harness: GraphQLHarness;
let dataset: Dataset;
let planText: string;

beforeAll(async () => {
  dataset = await bundledDataset();
  planText = dataset.sourceTexts[PLAN]!;
  harness = await createGraphQLHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('evidence kinds', () => {
  it('gives a QUOTED record its quote, offsets into the source, and context around it', async () => {
    const data = dataOf(
      await harness.execute(
        `query ($id: ID!) {
          relationship(id: $id) {
            evidence { kind quote start end section source { id kind } citation { id } note rationale basis mentions { entityId text } context(chars: 30) }
          }
        }`,
        { id: JIADING_COOPERATION },
      ),
    );
    const end = JIADING_START + JIADING_QUOTE.length;
    expect(data['relationship'].evidence).toEqual([
      {
        kind: 'QUOTED',
        quote: JIADING_QUOTE,
        start: JIADING_START,
        end,
        section: 'Task Two',
        source: { id: PLAN, kind: 'PRIMARY' },
        citation: null,
        note: null,
        rationale: null,
        basis: [],
        mentions: [],
        context: planText.slice(JIADING_START - 30, end + 30),
      },
    ]);
    expect(planText.slice(JIADING_START, end)).toBe(JIADING_QUOTE);
  });

  it('gives the default context of 200 characters either side, cut at the ends of the text', async () => {
    const data = dataOf(
      await harness.execute(
        '{ relationship(id: "task:task-one-[PART_OF]->plan:wenzhou-yrd-action-plan") { evidence { start end context mentions { entityId text } } } }',
      ),
    );
    const [quoted] = data['relationship'].evidence;
    expect(quoted.context).toBe(planText.slice(quoted.start - 200, quoted.end + 200));
    expect(quoted.mentions).toEqual([
      { entityId: 'plan:wenzhou-yrd-action-plan', text: 'the overall plan' },
      { entityId: 'task:task-one', text: 'the following eight tasks' },
    ]);
    // Wenzhou's first quote starts 701 characters into the text: 2000 before it is cut at 0.
    const whole = dataOf(
      await harness.execute('{ entity(id: "city:wenzhou") { evidence { start end context(chars: 2000) } } }'),
    );
    const [first] = whole['entity'].evidence;
    expect(first.start).toBe(701);
    expect(first.context).toBe(planText.slice(0, first.end + 2000));
  });

  it('gives a CITED record its citation and note, and an INFERRED one its rationale and basis, without context', async () => {
    const inferred = dataset.relationships.find((r) =>
      r.evidence.some((item) => item.kind === 'INFERRED' && (item.basis ?? []).length > 0),
    )!;
    const record = inferred.evidence.find((item) => item.kind === 'INFERRED')!;
    const data = dataOf(
      await harness.execute(
        `query ($id: ID!) {
          relationship(id: $id) { evidence { kind source { id } citation { id } quote start rationale basis context } }
          entity(id: "city:wenzhou") { evidence { kind source { id } citation { id kind } note context } }
        }`,
        { id: inferred.id },
      ),
    );
    expect(data['relationship'].evidence).toContainEqual({
      kind: 'INFERRED',
      source: null,
      citation: null,
      quote: null,
      start: null,
      rationale: record.rationale,
      basis: record.basis,
      context: null,
    });
    expect(data['entity'].evidence.filter((item: { kind: string }) => item.kind === 'CITED')).toEqual([
      {
        kind: 'CITED',
        source: { id: 'wikipedia-wenzhou' },
        citation: { id: 'wikipedia-wenzhou', kind: 'REFERENCE' },
        note: dataset.entities.find((e) => e.id === 'city:wenzhou')!.evidence.find((e) => e.kind === 'CITED')!
          .note,
        context: null,
      },
    ]);
  });

  it('refuses context of more than 2000 characters with LIMIT_EXCEEDED', async () => {
    const result = await harness.execute(
      `{ relationship(id: "${JIADING_COOPERATION}") { evidence { context(chars: 2001) } } }`,
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('LIMIT_EXCEEDED');
  });

  it('gives an entity the status the plan states', async () => {
    const data = dataOf(
      await harness.execute(
        '{ entity(id: "infrastructure:intercity-railways") { status } wenzhou: entity(id: "city:wenzhou") { status } }',
      ),
    );
    const expected = (id: string) => dataset.entities.find((e) => e.id === id)!.status ?? null;
    expect(data).toEqual({
      entity: { status: expected('infrastructure:intercity-railways') },
      wenzhou: { status: 'EXISTING' },
    });
  });
});

describe('source(id)', () => {
  it('gives the held text of the plan, and no text for a reference', async () => {
    const data = dataOf(
      await harness.execute(
        `{ plan: source(id: "${PLAN}") { id kind title publisher published text }
           reference: source(id: "wikipedia-wenzhou") { id kind url text }
           unknown: source(id: "nowhere") { id } }`,
      ),
    );
    expect(data).toEqual({
      plan: {
        id: PLAN,
        kind: 'PRIMARY',
        title: dataset.sources[0]!.title,
        publisher: dataset.sources[0]!.publisher,
        published: '2020-06-17',
        text: planText,
      },
      reference: {
        id: 'wikipedia-wenzhou',
        kind: 'REFERENCE',
        url: 'https://en.wikipedia.org/wiki/Wenzhou',
        text: null,
      },
      unknown: null,
    });
  });
});

describe('evidenceIn', () => {
  const EVIDENCE_IN = `query ($source: ID!, $start: Int!, $end: Int!, $first: Int, $after: String) {
    evidenceIn(source: $source, start: $start, end: $end, first: $first, after: $after) {
      edges { cursor node { fact { id } evidence { kind quote start end } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  /** The facts whose QUOTED evidence overlaps [start, end), in the API's order (fact id, then record). */
  const expectedFacts = (start: number, end: number) =>
    [...dataset.entities, ...dataset.relationships]
      .flatMap((fact) =>
        fact.evidence.flatMap((item, index) =>
          item.kind === 'QUOTED' && item.source === PLAN && item.start! < end && item.end! > start
            ? [{ id: fact.id, index, item }]
            : [],
        ),
      )
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index));

  it('lists every fact whose quote overlaps a passage, with the record that cites it', async () => {
    const end = JIADING_START + JIADING_QUOTE.length;
    const data = dataOf(
      await harness.execute(EVIDENCE_IN, { source: PLAN, start: JIADING_START, end, first: 100 }),
    );
    const expected = expectedFacts(JIADING_START, end);
    expect(expected.map((fact) => fact.id)).toContain(JIADING_COOPERATION);
    expect(
      data['evidenceIn'].edges.map(
        (edge: { node: { fact: { id: string }; evidence: unknown } }) => edge.node,
      ),
    ).toEqual(
      expected.map(({ id, item }) => ({
        fact: { id },
        evidence: { kind: 'QUOTED', quote: item.quote, start: item.start, end: item.end },
      })),
    );
    expect(data['evidenceIn'].pageInfo.hasNextPage).toBe(false);
  });

  it('pages with endCursor', async () => {
    const end = JIADING_START + JIADING_QUOTE.length;
    const expected = expectedFacts(JIADING_START, end).map((fact) => fact.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < expected.length; page++) {
      const data = dataOf(
        await harness.execute(EVIDENCE_IN, { source: PLAN, start: JIADING_START, end, first: 1, after }),
      );
      seen.push(
        ...data['evidenceIn'].edges.map((edge: { node: { fact: { id: string } } }) => edge.node.fact.id),
      );
      if (!data['evidenceIn'].pageInfo.hasNextPage) break;
      after = data['evidenceIn'].pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it.each([
    [{ start: -1, end: 10 }, '`start` is an offset into the text, 0 or more (got -1).'],
    [{ start: 10, end: 10 }, '`end` (10) must be after `start` (10): the passage is [start, end).'],
  ])('refuses the passage %j with BAD_USER_INPUT', async (passage, message) => {
    const result = await harness.execute(EVIDENCE_IN, { source: PLAN, ...passage });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  // BUG: an unknown source gave an empty page, which reads as "nothing cites this passage".
  it('answers an unknown source with NOT_FOUND, and a source without a text with an empty page', async () => {
    const unknown = await harness.execute(EVIDENCE_IN, { source: 'no-such-source', start: 0, end: 10 });
    expect(unknown.data).toBeNull();
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'No source has the id "no-such-source". `sources` lists them.',
      extensions: { code: 'NOT_FOUND', id: 'no-such-source' },
    });
    const data = dataOf(
      await harness.execute(EVIDENCE_IN, { source: 'wikipedia-wenzhou', start: 0, end: 10 }),
    );
    expect(data['evidenceIn'].edges).toEqual([]);
  });
});

describe('evidenceKinds', () => {
  it('gives a neighbourhood of only what the plan states: QUOTED relationships, with evidence(kinds:) their quotes', async () => {
    const data = dataOf(
      await harness.execute(
        `{ neighborhood(id: "city:wenzhou", evidenceKinds: [QUOTED]) { nodes { id }
            relationships { id quotes: evidence(kinds: [QUOTED]) { kind } all: evidence { kind } } } }`,
      ),
    );
    const recordOf = (id: string) => dataset.relationships.find((r) => r.id === id)!;
    const quoted = (id: string) => recordOf(id).evidence.some((item) => item.kind === 'QUOTED');
    const relationships = data['neighborhood'].relationships as {
      id: string;
      quotes: { kind: string }[];
      all: { kind: string }[];
    }[];
    expect(relationships.length).toBeGreaterThan(0);
    for (const relationship of relationships) {
      expect(quoted(relationship.id)).toBe(true);
      const kinds = recordOf(relationship.id).evidence.map((item) => ({ kind: item.kind }));
      expect(relationship.quotes).toEqual(kinds.filter((item) => item.kind === 'QUOTED'));
      // The relationship's own field is the same whichever read reached it (normalised client caches).
      expect(relationship.all).toEqual(kinds);
    }
    // Some of those relationships also rest on other kinds of evidence, so the two lists can differ.
    expect(relationships.some((r) => r.all.length > r.quotes.length)).toBe(true);
    // Some of Wenzhou's relationships rest on no quote at all (a province, a membership): left out.
    const unquoted = dataset.relationships.filter(
      (r) => (r.from === 'city:wenzhou' || r.to === 'city:wenzhou') && !quoted(r.id),
    );
    expect(unquoted.length).toBeGreaterThan(0);
    const ids = new Set(relationships.map((r) => r.id));
    for (const relationship of unquoted) expect(ids.has(relationship.id)).toBe(false);
  });

  it("filters an entity's relationships by evidence kind, showing only that evidence", async () => {
    const data = dataOf(
      await harness.execute(
        `{ entity(id: "city:wenzhou") {
            cited: relationships(evidenceKinds: [CITED], first: 100) {
              edges { node { id evidence(kinds: [CITED]) { kind } } } }
            all: relationships(first: 100) { edges { node { id } } }
        } }`,
      ),
    );
    const expected = dataset.relationships
      .filter(
        (r) =>
          (r.from === 'city:wenzhou' || r.to === 'city:wenzhou') &&
          r.evidence.some((item) => item.kind === 'CITED'),
      )
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const cited = data['entity'].cited.edges.map(
      (edge: { node: { id: string; evidence: { kind: string }[] } }) => edge.node,
    );
    expect(cited.map((node: { id: string }) => node.id)).toEqual(expected);
    for (const node of cited) expect(node.evidence).toEqual(node.evidence.map(() => ({ kind: 'CITED' })));
    expect(data['entity'].all.edges.length).toBeGreaterThan(cited.length);
  });

  it('exports a neighbourhood read with evidenceKinds with only that evidence', async () => {
    const data = dataOf(
      await harness.execute(
        `{ neighborhood(id: "city:wenzhou", evidenceKinds: [QUOTED]) {
            export(format: D3) { content } } }`,
      ),
    );
    const { links } = JSON.parse(data['neighborhood'].export.content as string) as {
      links: { id: string; evidence: { kind: string }[] }[];
    };
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const record = dataset.relationships.find((r) => r.id === link.id)!;
      expect(link.evidence.map((item) => item.kind)).toEqual(
        record.evidence.filter((item) => item.kind === 'QUOTED').map((item) => item.kind),
      );
    }
    const mixed = links.filter((link) =>
      dataset.relationships.find((r) => r.id === link.id)!.evidence.some((item) => item.kind !== 'QUOTED'),
    );
    expect(mixed.length).toBeGreaterThan(0);
  });
});

describe('time filters at reduced precision', () => {
  const TASK_ONE = 'task:task-one-[PART_OF]->plan:wenzhou-yrd-action-plan';
  const ids = async (time: Record<string, string>) => {
    const data = dataOf(
      await harness.execute(
        'query ($time: TimeFilter) { neighborhood(id: "plan:wenzhou-yrd-action-plan", time: $time) { relationships { id } } }',
        { time },
      ),
    );
    return data['neighborhood'].relationships.map((r: { id: string }) => r.id);
  };

  it('gives the dates at the precision the plan gives them', async () => {
    const data = dataOf(await harness.execute(`{ relationship(id: "${TASK_ONE}") { validFrom validTo } }`));
    expect(data['relationship']).toEqual({ validFrom: '2019', validTo: '2025' });
  });

  it('reads `2019` in a filter as the whole year, and a year-dated relationship as its whole years', async () => {
    expect(await ids({ from: '2019', to: '2019' })).toContain(TASK_ONE);
    expect(await ids({ from: '2025-12', to: '2026' })).toContain(TASK_ONE);
    expect(await ids({ from: '2026', to: '2030' })).not.toContain(TASK_ONE);
    expect(await ids({ to: '2018' })).not.toContain(TASK_ONE);
    expect(await ids({ asOf: '2025-12-31' })).toContain(TASK_ONE);
    expect(await ids({ asOf: '2026-01-01' })).not.toContain(TASK_ONE);
  });

  it('refuses a reduced asOf and a date that is not ISO, with BAD_USER_INPUT', async () => {
    for (const [time, message] of [
      [{ asOf: '2020' }, '`time.asOf` must be an ISO date such as 2025-12-31 (got "2020").'],
      [
        { from: 'yesterday' },
        '`time.from` must be an ISO date such as 2025, 2025-06 or 2025-12-31 (got "yesterday").',
      ],
    ] as const) {
      const result = await harness.execute(
        'query ($time: TimeFilter) { neighborhood(id: "plan:wenzhou-yrd-action-plan", time: $time) { nodes { id } } }',
        { time },
      );
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});
