/** A span of a source's text: [start, end) in UTF-16 code units, as `Evidence.start` and `end`. */
export interface Span {
  start: number;
  end: number;
}

/** What the reader shows: a source and the quote chosen in it. */
export interface ReadTarget extends Span {
  source: string;
}

/**
 * The marked passages of a text: the quoted spans, with spans that overlap joined into one. The plan's
 * quotes nest and overlap (a clause inside the sentence another fact quotes), so marking each span on its
 * own would give passages inside passages that neither a click nor Tab could tell apart.
 */
export function passagesOf(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const passages: Span[] = [];
  for (const span of sorted) {
    const last = passages.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else passages.push({ ...span });
  }
  return passages;
}

const HASH_KEY = 'read=';

/**
 * The URL fragment naming a reader view (`#read=<source>:<start>-<end>`). The fragment, not the query
 * string, because the rest of the view (view-state.ts) is the query string and this one only overlays it.
 */
export function formatReadHash(target: ReadTarget): string {
  return `#${HASH_KEY}${encodeURIComponent(target.source)}:${target.start}-${target.end}`;
}

/** The reader view a URL fragment names, or null when it names none (or nothing readable). */
export function parseReadHash(hash: string): ReadTarget | null {
  const value = hash.replace(/^#/, '');
  if (!value.startsWith(HASH_KEY)) return null;
  const match = /^(.+):(\d+)-(\d+)$/.exec(value.slice(HASH_KEY.length));
  if (!match) return null;
  const [, source = '', start = '', end = ''] = match;
  const target = { source: safeDecode(source), start: Number(start), end: Number(end) };
  return target.source && target.end > target.start ? target : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
