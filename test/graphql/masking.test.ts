import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError, TimeoutError } from '../../src/errors.js';
import type { KnowledgeGraphStore } from '../../src/store/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';
import { createGraphQLHarness, onlyError, type GraphQLHarness } from '../support/graphql-harness.js';

/**
 * An unexpected exception (a bug, a driver failure) reaches the client as "Internal server error"
 * with the request id, and nothing of its message; the log gets it in full under the same id.
 */

describe('unexpected failures', () => {
  let failing: GraphQLHarness;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const throwingSearch = (store: KnowledgeGraphStore): KnowledgeGraphStore =>
      Object.assign(Object.create(store) as KnowledgeGraphStore, {
        search: async () => {
          throw new Error('secret neo4j detail at bolt://db.internal:7687');
        },
      });
    const logger = pino({ level: 'error' }, { write: (line: string) => logLines.push(JSON.parse(line)) });
    failing = await createGraphQLHarness({ wrapStore: throwingSearch, requestId: 'req-masked-1', logger });
  });

  afterAll(async () => {
    await failing.stop();
  });

  it('masks an exception inside the store as "Internal server error" with the request id', async () => {
    const result = await failing.execute('{ search(query: "wenzhou") { score } }');
    expect(result.data).toBeNull();
    expect(onlyError(result)).toEqual({
      message: 'Internal server error',
      path: ['search'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-masked-1' },
    });
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/secret|neo4j|bolt|stack/i);
  });

  it('logs the real error in full under the same request id', async () => {
    logLines.length = 0;
    await failing.execute('{ search(query: "wenzhou") { score } }');
    const logged = logLines.filter(
      (line) => line['msg'] === 'internal error while executing a GraphQL request',
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 50,
      requestId: 'req-masked-1',
      path: ['search'],
      err: { message: 'secret neo4j detail at bolt://db.internal:7687' },
    });
    expect((logged[0]!['err'] as { stack: string }).stack).toContain('Error: secret neo4j detail');
  });

  it('does not log deliberate errors such as bad input', async () => {
    logLines.length = 0;
    await failing.execute('{ entities(first: 0) { totalCount } }');
    expect(logLines).toEqual([]);
  });

  it('still answers the other fields of the same operation', async () => {
    const result = await failing.execute('{ search(query: "wenzhou") { score } summary { entityCount } }');
    // `search` is non-null at the root, so its failure nulls all of data; the error is still masked.
    expect(result.data).toBeNull();
    expect(onlyError(result).message).toBe('Internal server error');
    const other = await failing.execute('{ summary { entityCount } }');
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ summary: { entityCount: (await bundledDataset()).entities.length } });
  });
});

describe('deliberate store errors', () => {
  let unavailable: GraphQLHarness;

  beforeAll(async () => {
    unavailable = await createGraphQLHarness({
      requestId: 'req-unavailable-1',
      wrapStore: (store) =>
        Object.assign(Object.create(store) as KnowledgeGraphStore, {
          listEntities: async () => {
            throw new StoreUnavailableError('connection refused', true);
          },
          shortestPath: async () => {
            throw new TimeoutError(10_000);
          },
        }),
    });
  });

  afterAll(async () => {
    await unavailable.stop();
  });

  it('passes STORE_UNAVAILABLE through unmasked, saying whether a retry may help', async () => {
    const error = onlyError(await unavailable.execute('{ entities { totalCount } }'));
    expect(error).toEqual({
      message: 'The graph store is unavailable (connection refused). Try again shortly.',
      locations: [{ line: 1, column: 3 }],
      path: ['entities'],
      extensions: { code: 'STORE_UNAVAILABLE', retriable: true, requestId: 'req-unavailable-1' },
    });
  });

  it('passes TIMEOUT through unmasked, with the limit', async () => {
    const result = await unavailable.execute(
      '{ shortestPath(from: "city:taizhou", to: "district:jiading") { length } }',
    );
    expect(result.data).toEqual({ shortestPath: null });
    const error = onlyError(result);
    expect(error.message).toBe(
      'The query ran longer than the 10000 ms limit. Ask for less: a smaller depth, limit or page.',
    );
    expect(error.extensions).toEqual({ code: 'TIMEOUT', timeoutMs: 10_000, requestId: 'req-unavailable-1' });
  });
});

describe('a store that breaks its own invariants', () => {
  it('masks a relationship that points at a missing entity', async () => {
    const broken = await createGraphQLHarness({
      wrapStore: (store) =>
        Object.assign(Object.create(store) as KnowledgeGraphStore, {
          getEntities: async (ids: readonly string[]) => {
            const found = await store.getEntities(ids);
            return found.map((entity) => (entity?.id === 'district:jiading' ? null : entity));
          },
        }),
    });
    try {
      const result = await broken.execute(
        '{ relationship(id: "city:wenzhou-[COOPERATES_WITH]->district:jiading") { from { id } to { id } } }',
      );
      expect(result.data).toEqual({ relationship: null });
      expect(onlyError(result)).toEqual({
        message: 'Internal server error',
        path: ['relationship', 'to'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'test-request' },
      });
    } finally {
      await broken.stop();
    }
  });
});
