import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDocumentCache, estimateDocumentBytes } from '../../src/graphql/guards/index.js';

/** A unique valid document of about `bytes` bytes, mostly a comment (which the parsed tree keeps alive). */
function paddedDocument(index: number, bytes: number): string {
  const query = `{ summary { entityCount } } # ${index} `;
  return query + 'x'.repeat(bytes - query.length);
}

describe('the document cache', () => {
  it('counts the source text a parsed document keeps alive, which Apollo’s default measure leaves out', () => {
    const document = parse(paddedDocument(1, 95_000));
    expect(estimateDocumentBytes(document)).toBeGreaterThanOrEqual(95_000);
    // Apollo's default (the JSON length of the tree) sees only the few nodes.
    expect(InMemoryLRUCache.sizeCalculation(document)).toBeLessThan(1_000);
  });

  it('counts the tokens too', () => {
    const small = parse('{ summary { entityCount } }');
    const large = parse(`{ summary { ${Array.from({ length: 400 }, () => 'entityCount').join(' ')} } }`);
    const perToken = (estimateDocumentBytes(large) - estimateDocumentBytes(small)) / 399;
    expect(perToken).toBeGreaterThanOrEqual(600);
  });

  it('stays within its byte bound through 500 unique documents, keeping the most recent', async () => {
    const maxBytes = 1024 * 1024;
    const cache = createDocumentCache(maxBytes);
    for (let index = 0; index < 500; index += 1) {
      await cache.set(`key-${index}`, parse(paddedDocument(index, 15_000)));
    }
    const kept = await Promise.all(cache.keys().map(async (key) => (await cache.get(key))!));
    const bytes = kept.reduce((total, document) => total + estimateDocumentBytes(document), 0);
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    // Every document has the same length and tokens, so as many as fit are kept.
    const each = estimateDocumentBytes(parse(paddedDocument(0, 15_000)));
    expect(kept).toHaveLength(Math.floor(maxBytes / each));
    expect(await cache.get('key-499')).toBeDefined();
    expect(await cache.get('key-0')).toBeUndefined();
  });
});
