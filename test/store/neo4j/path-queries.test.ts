import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../../src/errors.js';
import type { PathsRequest } from '../../../src/store/index.js';
import {
  allShortestPathsQuery,
  firstShortestPathQuery,
  kShortestPathsQuery,
  MAX_PATHS_READ,
  type KShortestPathRow,
  type PathRow,
} from '../../../src/store/neo4j/cypher/index.js';
import {
  decodePathRow,
  pathColumns as pathColumnsOf,
  returnPath,
} from '../../../src/store/neo4j/cypher/paths/path-row.js';
import { findPaths } from '../../../src/store/neo4j/find-paths.js';
import type { Statement } from '../../../src/store/neo4j/cypher/statement.js';
import type { QueryRunner } from '../../../src/store/neo4j/query-runner.js';
import neo4j from 'neo4j-driver';

const request: PathsRequest = {
  from: 'city:taizhou',
  to: 'district:jiading',
  relationshipTypes: ['COOPERATES_WITH'],
  maxHops: 4,
  time: null,
  throughKinds: ['CITY'],
  first: 3,
  mode: 'ALL_SHORTEST',
};

describe('path statements', () => {
  it('find shortest paths with the bidirectional allShortestPaths, filters checked as it expands', () => {
    const query = allShortestPathsQuery(request);
    expect(query.text).toContain('MATCH p = allShortestPaths((a)-[rs*..4]-(b))');
    expect(query.text).toContain('WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)');
    // Over every node with the ends exempt: a slice of nodes(p) would make the planner add an exhaustive fallback.
    expect(query.text).toContain('all(n IN nodes(p) WHERE n = a OR n = b OR n.kind IN $throughKinds)');
    expect(query.text).not.toContain('nodes(p)[1..');
    // Every path read is put in order before the cut to `first`.
    expect(query.text.indexOf('LIMIT $readAtMost')).toBeLessThan(query.text.indexOf('ORDER BY'));
    expect(query.text.indexOf('ORDER BY')).toBeLessThan(query.text.indexOf('LIMIT $first'));
    expect(query.parameters).toMatchObject({
      from: 'city:taizhou',
      to: 'district:jiading',
      types: ['COOPERATES_WITH'],
      throughKinds: ['CITY'],
    });
  });

  it('check only the filters a request sets, so the unfiltered shape reads no relationship property', () => {
    const unfiltered = { ...request, relationshipTypes: null, throughKinds: null };
    expect(allShortestPathsQuery(unfiltered).text).not.toContain('WHERE');
    const kindsOnly = allShortestPathsQuery({ ...unfiltered, throughKinds: ['CITY'] }).text;
    expect(kindsOnly).toContain('WHERE all(n IN nodes(p)');
    expect(kindsOnly).not.toContain('all(r IN rs');
    const timeOnly = allShortestPathsQuery({
      ...unfiltered,
      time: { asOf: '2024', from: null, to: null },
    }).text;
    expect(timeOnly).toContain('WHERE all(r IN rs WHERE');
    expect(timeOnly).not.toContain('all(n IN nodes(p)');
  });

  it('pick the first shortest path position by position, without sorting every path', () => {
    const query = firstShortestPathQuery({ ...request, relationshipTypes: null });
    expect(query.text).toContain('MATCH p = allShortestPaths((a)-[rs*..4]-(b))');
    expect(query.text).not.toContain('WHERE all(');
    expect(query.text).not.toContain('ORDER BY [n IN nodes(p)');
    expect(query.text).toContain('ORDER BY [r IN relationships(p) | r.id]');
    expect(query.text).toContain('LIMIT $first');
    expect(query.parameters).toMatchObject({ first: neo4j.int(1), throughKinds: null });
  });

  it('look past the shortest length with SHORTEST k GROUPS for the k asked, keeping simple paths', () => {
    const query = kShortestPathsQuery({ ...request, mode: 'K_SHORTEST' }, 5);
    expect(query.text).toContain('MATCH p = SHORTEST 5 GROUPS (a)((x)-[r WHERE');
    expect(query.text).toContain('){1,4}(b)');
    expect(query.text).toContain(
      '[q IN paths WHERE all(i IN range(0, length(q) - 1) WHERE NOT nodes(q)[i] IN nodes(q)[i + 1..])] AS simple',
    );
    // Both counts are over every trail read, simple or not.
    expect(query.text).toContain('WITH size(paths) AS found,');
    expect(query.text).toContain(
      'size(reduce(seen = [], q IN paths | CASE WHEN length(q) IN seen THEN seen ELSE seen + length(q) END)) AS lengths',
    );
    // One row even when no trail is simple, so that the counts always arrive.
    expect(query.text).toContain('UNWIND CASE WHEN size(simple) = 0 THEN [null] ELSE simple END AS p');
    expect(query.text).toContain(
      'ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]\nLIMIT $first',
    );
    expect(query.text.indexOf('LIMIT $readAtMost')).toBeLessThan(query.text.indexOf('ORDER BY'));
    expect(query.text).toContain(`RETURN found, lengths, ${pathColumnsOf(null)}`);
    expect(returnPath(null)).toBe(`RETURN found, ${pathColumnsOf(null)}`);
  });

  it('read only the record parts a request asks for', () => {
    const narrow: PathsRequest = { ...request, fields: { entity: [], relationship: [], evidence: [] } };
    const whole = allShortestPathsQuery(request).text;
    for (const text of [
      allShortestPathsQuery(narrow).text,
      firstShortestPathQuery(narrow).text,
      kShortestPathsQuery(narrow, 2).text,
    ]) {
      expect(text).toContain('[n IN nodes(p) | n {.id, .kind, .name}] AS nodes');
      expect(text).toContain(
        '[r IN relationships(p) | r {.id, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships',
      );
      expect(text.slice(text.indexOf('RETURN found'))).not.toContain('evidence');
    }
    // Whole records without fields: every property but the store's own.
    expect(whole).toContain('[n IN nodes(p) | n {.*, ');
    const quotes: PathsRequest = {
      ...request,
      fields: { entity: [], relationship: ['evidence'], evidence: ['quote'] },
    };
    expect(allShortestPathsQuery(quotes).text).toContain(
      'r {.id, .evidenceKinds, .evidenceQuotes, type: type(r)',
    );
  });

  it('inline only validated hop counts', () => {
    expect(() => allShortestPathsQuery({ ...request, maxHops: 2.5 })).toThrow('Not a hop count: 2.5');
    expect(() => kShortestPathsQuery(request, 0)).toThrow('Not a hop count: 0');
    expect(() => kShortestPathsQuery({ ...request, maxHops: 2.5 }, 2)).toThrow('Not a hop count: 2.5');
  });
});

describe('findPaths on Neo4j', () => {
  const kShortest: PathsRequest = { ...request, mode: 'K_SHORTEST', first: 3, maxHops: 8 };

  it('refuses with LIMIT_EXCEEDED when there are more paths than it can put in order', async () => {
    const { runner } = fakeRunner({ paths: [[pathRow(MAX_PATHS_READ + 1)]] });
    const error = await findPaths(runner, request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect((error as LimitExceededError).extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'pathsRead', max: MAX_PATHS_READ },
    });
  });

  it('answers K_SHORTEST from the shortest paths alone when there are `first` of them', async () => {
    const { runner, asked } = fakeRunner({ paths: [[pathRow(5), pathRow(5), pathRow(5)]] });
    expect(await findPaths(runner, kShortest)).toHaveLength(3);
    expect(asked).toEqual(['paths']);
  });

  it('looks past the shortest length for K_SHORTEST only when there are fewer than `first`', async () => {
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(2)]],
      pathsBeyondShortest: [[kRow(9, 3), kRow(9, 3), kRow(9, 3)]],
    });
    expect(await findPaths(runner, kShortest)).toHaveLength(3);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 3']);
  });

  it('asks nothing more when there is no path at all', async () => {
    const { runner, asked } = fakeRunner({ paths: [[]] });
    expect(await findPaths(runner, kShortest)).toEqual([]);
    expect(asked).toEqual(['paths']);
  });

  it('asks for more lengths when those read held fewer than `first` simple paths', async () => {
    // As between region:pearl-river-delta and event:wenzhou-bay-new-area-approved: lengths 2, 4 and
    // 5, where no trail of length 4 is simple; the length after them holds the third path.
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [
        [kRow(226, 3), kRow(226, 3)],
        [kRow(2676, 4), kRow(2676, 4), kRow(2676, 4)],
      ],
    });
    expect(await findPaths(runner, kShortest)).toHaveLength(3);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 3', 'pathsBeyondShortest 4']);
  });

  it('grows the lengths asked by the paths still missing, up to maxHops', async () => {
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [[kRow(40, 4)], [kRow(900, 7), kRow(900, 7), kRow(900, 7), kRow(900, 7)]],
    });
    expect(await findPaths(runner, { ...kShortest, first: 4 })).toHaveLength(4);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 4', 'pathsBeyondShortest 7']);

    const capped = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [[kRow(40, 5)], [kRow(900, 6), kRow(900, 6)]],
    });
    expect(await findPaths(capped.runner, { ...kShortest, first: 5, maxHops: 6 })).toHaveLength(2);
    expect(capped.asked).toEqual(['paths', 'pathsBeyondShortest 5', 'pathsBeyondShortest 6']);
  });

  it('asks again even when the lengths read held no simple path at all', async () => {
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [[kRow(30, 3, false)], [kRow(200, 6), kRow(200, 6), kRow(200, 6)]],
    });
    expect(await findPaths(runner, kShortest)).toHaveLength(3);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 3', 'pathsBeyondShortest 6']);
  });

  it('stops when the trails read have fewer lengths than were asked for: there are no more', async () => {
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [[kRow(12, 2), kRow(12, 2)]],
    });
    expect(await findPaths(runner, kShortest)).toHaveLength(2);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 3']);
  });

  it('stops at maxHops lengths, as no path is longer', async () => {
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [
        [kRow(20, 3), kRow(20, 3)],
        [kRow(50, 4), kRow(50, 4)],
      ],
    });
    expect(await findPaths(runner, { ...kShortest, maxHops: 4 })).toHaveLength(2);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 3', 'pathsBeyondShortest 4']);

    // `first` above maxHops: every length is asked for at once, and once.
    const once = fakeRunner({ paths: [[pathRow(1)]], pathsBeyondShortest: [[kRow(20, 4), kRow(20, 4)]] });
    expect(await findPaths(once.runner, { ...kShortest, first: 6, maxHops: 4 })).toHaveLength(2);
    expect(once.asked).toEqual(['paths', 'pathsBeyondShortest 4']);
  });

  it('refuses with LIMIT_EXCEEDED when a later round reads more paths than it can put in order', async () => {
    const { runner, asked } = fakeRunner({
      paths: [[pathRow(1)]],
      pathsBeyondShortest: [[kRow(100, 3)], [kRow(MAX_PATHS_READ + 1, 5), kRow(MAX_PATHS_READ + 1, 5)]],
    });
    const error = await findPaths(runner, kShortest).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect((error as LimitExceededError).extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'pathsRead', max: MAX_PATHS_READ },
    });
    expect(asked).toEqual(['paths', 'pathsBeyondShortest 3', 'pathsBeyondShortest 5']);
  });
});

/**
 * A runner that answers each statement, by name, with the next of its fixed answers, and records what
 * it was asked: the name, and for a k-shortest statement the number of lengths (groups) it asks for.
 */
function fakeRunner(answers: Record<string, PathRow[][]>): { runner: QueryRunner; asked: string[] } {
  const asked: string[] = [];
  const answered = new Map<string, number>();
  const runner = {
    read: async (name: string, statement: Statement<PathRow>) => {
      const groups = /SHORTEST (\d+) GROUPS/.exec(statement.text)?.[1];
      asked.push(groups === undefined ? name : `${name} ${groups}`);
      const index = answered.get(name) ?? 0;
      answered.set(name, index + 1);
      const rows = answers[name]?.[index];
      if (rows === undefined) throw new Error(`${name} asked more often than the test expects`);
      return rows;
    },
  };
  return { runner: runner as unknown as QueryRunner, asked };
}

/** One path row as Neo4j sends it: taizhou to jiading in one hop, with `found` paths in all. */
function pathRecord(found: number | ReturnType<typeof neo4j.int>): InstanceType<typeof neo4j.Record> {
  return new neo4j.Record(['found', 'nodes', 'relationships'], [found, ...pathColumns()]);
}

/** The nodes and relationships columns of the one-hop path from taizhou to jiading. */
function pathColumns(): [unknown[], unknown[]] {
  return [
    [
      { id: 'city:taizhou', kind: 'CITY', name: 'Taizhou', aliases: ['台州'], description: null },
      { id: 'district:jiading', kind: 'DISTRICT', name: 'Jiading', aliases: null, description: null },
    ],
    [
      {
        id: 'city:taizhou-[COOPERATES_WITH]->district:jiading',
        type: 'COOPERATES_WITH',
        from: 'city:taizhou',
        to: 'district:jiading',
        year: neo4j.int(2020),
      },
    ],
  ];
}

/** One decoded path row, with `found` paths in all. */
function pathRow(found: number): PathRow {
  return decodePathRow(pathRecord(found));
}

/**
 * One row of the k-shortest statement, decoded by its own decoder: `found` trails read, of `lengths`
 * distinct lengths, and the one-hop path, or no path (null columns) when `withPath` is false.
 */
function kRow(found: number, lengths: number, withPath = true): KShortestPathRow {
  const record = new neo4j.Record(
    ['found', 'lengths', 'nodes', 'relationships'],
    [found, lengths, ...(withPath ? pathColumns() : [null, null])],
  );
  return kShortestPathsQuery(request, 1).decode(record);
}

describe("the path statements' row decoder", () => {
  it('reads the count, the entities and the relationships of a row', () => {
    const row = decodePathRow(pathRecord(neo4j.int(3)));
    expect(row.found).toBe(3);
    expect(row.path?.nodes.map((node) => [node.id, node.kind, node.aliases])).toEqual([
      ['city:taizhou', 'CITY', ['台州']],
      ['district:jiading', 'DISTRICT', []],
    ]);
    expect(row.path?.relationships[0]).toMatchObject({
      type: 'COOPERATES_WITH',
      from: 'city:taizhou',
      properties: { year: 2020 },
    });
  });

  it('refuses a row without its columns, naming what is missing', () => {
    expect(() => decodePathRow(new neo4j.Record(['found'], [1]))).toThrow(/no column "nodes"/);
    expect(() => kShortestPathsQuery(request, 1).decode(pathRecord(1))).toThrow(/no column "lengths"/);
  });

  it('reads a row whose path is null as a row without a path, keeping its counts', () => {
    const record = new neo4j.Record(
      ['found', 'lengths', 'nodes', 'relationships'],
      [neo4j.int(33), 2, null, null],
    );
    expect(decodePathRow(record)).toEqual({ found: 33, path: null });
    expect(kShortestPathsQuery(request, 2).decode(record)).toEqual({ found: 33, lengths: 2, path: null });
    expect(kRow(9, 3)).toMatchObject({ found: 9, lengths: 3, path: { nodes: [{ id: 'city:taizhou' }, {}] } });
  });
});
