import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../../src/errors.js';
import type { PathsRequest } from '../../../src/store/index.js';
import {
  allShortestPathsQuery,
  firstShortestPathQuery,
  kShortestPathsQuery,
  MAX_PATHS_READ,
  type PathRow,
} from '../../../src/store/neo4j/cypher/index.js';
import { decodePathRow } from '../../../src/store/neo4j/cypher/paths/path-row.js';
import { findPaths } from '../../../src/store/neo4j/find-paths.js';
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

  it('look past the shortest length with SHORTEST k GROUPS, keeping simple paths', () => {
    const query = kShortestPathsQuery({ ...request, mode: 'K_SHORTEST' });
    expect(query.text).toContain('MATCH p = SHORTEST 3 GROUPS (a)((x)-[r WHERE');
    expect(query.text).toContain('NOT nodeIds[i] IN nodeIds[i + 1..]');
  });

  it('inline only validated hop counts', () => {
    expect(() => allShortestPathsQuery({ ...request, maxHops: 2.5 })).toThrow('Not a hop count: 2.5');
    expect(() => kShortestPathsQuery({ ...request, first: 0 })).toThrow('Not a hop count: 0');
  });
});

describe('findPaths on Neo4j', () => {
  it('refuses with LIMIT_EXCEEDED when there are more paths than it can put in order', async () => {
    const { runner } = fakeRunner({ paths: [pathRow(MAX_PATHS_READ + 1)] });
    const error = await findPaths(runner, request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect((error as LimitExceededError).extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'pathsRead', max: MAX_PATHS_READ },
    });
  });

  it('answers K_SHORTEST from the shortest paths alone when there are `first` of them', async () => {
    const { runner, asked } = fakeRunner({ paths: [pathRow(5), pathRow(5), pathRow(5)] });
    expect(await findPaths(runner, { ...request, mode: 'K_SHORTEST' })).toHaveLength(3);
    expect(asked).toEqual(['paths']);
  });

  it('looks past the shortest length for K_SHORTEST only when there are fewer than `first`', async () => {
    const { runner, asked } = fakeRunner({
      paths: [pathRow(2)],
      pathsBeyondShortest: [pathRow(9), pathRow(9), pathRow(9)],
    });
    expect(await findPaths(runner, { ...request, mode: 'K_SHORTEST' })).toHaveLength(3);
    expect(asked).toEqual(['paths', 'pathsBeyondShortest']);
  });

  it('asks nothing more when there is no path at all', async () => {
    const { runner, asked } = fakeRunner({ paths: [] });
    expect(await findPaths(runner, { ...request, mode: 'K_SHORTEST' })).toEqual([]);
    expect(asked).toEqual(['paths']);
  });
});

/** A runner that answers each statement, by name, with fixed rows and records what it was asked. */
function fakeRunner(rows: Record<string, PathRow[]>): { runner: QueryRunner; asked: string[] } {
  const asked: string[] = [];
  const runner = {
    read: async (name: string) => {
      asked.push(name);
      return rows[name] ?? [];
    },
  };
  return { runner: runner as unknown as QueryRunner, asked };
}

/** One path row as Neo4j sends it: taizhou to jiading in one hop, with `found` paths in all. */
function pathRecord(found: number | ReturnType<typeof neo4j.int>): InstanceType<typeof neo4j.Record> {
  return new neo4j.Record(
    ['found', 'nodes', 'relationships'],
    [
      found,
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
    ],
  );
}

/** One decoded path row, with `found` paths in all. */
function pathRow(found: number): PathRow {
  return decodePathRow(pathRecord(found));
}

describe("the path statements' row decoder", () => {
  it('reads the count, the entities and the relationships of a row', () => {
    const row = decodePathRow(pathRecord(neo4j.int(3)));
    expect(row.found).toBe(3);
    expect(row.path.nodes.map((node) => [node.id, node.kind, node.aliases])).toEqual([
      ['city:taizhou', 'CITY', ['台州']],
      ['district:jiading', 'DISTRICT', []],
    ]);
    expect(row.path.relationships[0]).toMatchObject({
      type: 'COOPERATES_WITH',
      from: 'city:taizhou',
      properties: { year: 2020 },
    });
  });

  it('refuses a row without its columns, naming what is missing', () => {
    expect(() => decodePathRow(new neo4j.Record(['found'], [1]))).toThrow(/no column "nodes"/);
  });
});
