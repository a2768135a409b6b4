import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, Token } from 'graphql';

/**
 * How many bytes of parsed documents the cache keeps when no bound is configured. 16 MiB holds the
 * few hundred distinct operations a front end sends many times over (or ~350 documents at the byte
 * limit); 32 MiB let 10,000 unique large documents push the service past 300 MB of RSS (issue 10).
 */
export const DEFAULT_DOCUMENT_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * Heap bytes held per token by a parsed document besides its text: the token list and the nodes
 * built from it. Measured on this API's queries with graphql-js 16: 270 to 500 per token.
 */
const BYTES_PER_TOKEN = 600;

/**
 * About how much heap a parsed document holds. Every node's location keeps the whole source text
 * alive (comments included) and the tokens linked from it, so this counts the text (at two bytes a
 * character, V8's wider string form) and the tokens.
 * Apollo's default measure, the JSON length of the tree, leaves both out: a 95 kB document of
 * comments measured 638 bytes, so its 30 MiB bound allowed gigabytes.
 */
export function estimateDocumentBytes(document: DocumentNode): number {
  const location = document.loc;
  if (!location) return Buffer.byteLength(JSON.stringify(document), 'utf8');
  let tokens = 0;
  for (let token: Token | null = location.startToken; token; token = token.next) tokens += 1;
  return location.source.body.length * 2 + tokens * BYTES_PER_TOKEN;
}

/**
 * The cache Apollo keeps parsed-and-validated documents in (its `documentStore`), least recently
 * used first out, bounded by the estimated heap bytes of the documents rather than by their count.
 */
export function createDocumentCache(maxBytes = DEFAULT_DOCUMENT_CACHE_BYTES): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: maxBytes, sizeCalculation: estimateDocumentBytes });
}
