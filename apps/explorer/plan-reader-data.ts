import {
  PlanReaderFactsDocument,
  PlanReaderSourceDocument,
  PlanReaderSpansDocument,
  type PlanReaderFactsQuery,
} from './generated/graphql.js';
import { requestGraphQL } from './graphql-client.js';
import { passagesOf, type Span } from './plan-reader-passages.js';

/** A held source as the reader shows it: its text and the passages its quotes mark. */
export interface SourceDocument {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  text: string;
  passages: Span[];
}

export type Citation = PlanReaderFactsQuery['evidenceIn']['edges'][number]['node'];

/**
 * Pages are 100 citations; a passage of this plan has at most a few dozen and the whole text a few
 * hundred. The bound only stops a runaway loop on a server that keeps saying there is more.
 */
const MAX_PAGES = 50;

// For the session: a source's text does not change while the page is open, and it is the biggest answer.
const documents = new Map<string, Promise<SourceDocument>>();
const citations = new Map<string, Promise<Citation[]>>();

/** The source's text and marked passages, asked once per source for the session. */
export function loadSourceDocument(id: string): Promise<SourceDocument> {
  return cached(documents, id, async () => {
    const { source } = await requestGraphQL(PlanReaderSourceDocument, { id });
    if (!source) throw new Error(`The server has no source “${id}”.`);
    if (source.text === null)
      throw new Error(`The server does not hold the text of “${source.title}”, only its citation.`);
    const spans: Span[] = [];
    await eachPage(async (after) => {
      const { evidenceIn } = await requestGraphQL(PlanReaderSpansDocument, {
        source: id,
        end: Math.max(1, source.text?.length ?? 1),
        after,
      });
      for (const { node } of evidenceIn.edges)
        if (node.evidence.start !== null && node.evidence.end !== null)
          spans.push({ start: node.evidence.start, end: node.evidence.end });
      return evidenceIn.pageInfo;
    });
    return { ...source, text: source.text, passages: passagesOf(spans) };
  });
}

/** Every citation of the passage (`evidenceIn`), in the server's order (by fact id). */
export function citationsIn(source: string, passage: Span): Promise<Citation[]> {
  return cached(citations, `${source}:${passage.start}-${passage.end}`, async () => {
    const found: Citation[] = [];
    await eachPage(async (after) => {
      const { evidenceIn } = await requestGraphQL(PlanReaderFactsDocument, {
        source,
        start: passage.start,
        end: passage.end,
        after,
      });
      found.push(...evidenceIn.edges.map((edge) => edge.node));
      return evidenceIn.pageInfo;
    });
    return found;
  });
}

async function eachPage(
  page: (after: string | null) => Promise<{ hasNextPage: boolean; endCursor: string | null }>,
): Promise<void> {
  let after: string | null = null;
  for (let count = 0; count < MAX_PAGES; count++) {
    const info = await page(after);
    if (!info.hasNextPage || !info.endCursor) return;
    after = info.endCursor;
  }
}

/** `load()` once per key; a failure is not kept, so opening the reader again retries. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.get(key);
  if (!entry) {
    entry = load();
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
  }
  return entry;
}
