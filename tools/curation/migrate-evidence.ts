/**
 * `npm run migrate:evidence -- [DIR]`: rewrites a YAML dataset's evidence to the provenance format
 * (docs/dataset-format.md), in place, keeping comments and order as far as the `yaml` package allows.
 *
 * - An evidence record with a `quote` and no `kind` becomes QUOTED, with `start`/`end` the quote's
 *   offsets in its source's text: its first occurrence, or, when it occurs more than once, the first
 *   at or after the heading of the record's `section` (a warning is printed either way).
 * - A QUOTED record whose offsets do not hold the quote gets them recomputed the same way.
 * - Evidence citing a retired CURATED source becomes INFERRED with the rationale "general knowledge,
 *   citation pending" and an empty basis, and the CURATED sources are dropped from dataset.yaml. The
 *   loader refuses an empty basis, so the dataset loads only once a curator has replaced each with a
 *   CITED record of a real REFERENCE source, or named the facts it is drawn from.
 *
 * Idempotent: a migrated dataset is left as it is. Records in JSON Lines are not rewritten.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';

const PENDING_RATIONALE = 'general knowledge, citation pending';

interface SourceInfo {
  kind: string;
  text: string | undefined;
}

async function main(): Promise<number> {
  const directory = path.resolve(process.argv[2] ?? 'seed/wenzhou-yrd');
  const headerFile = path.join(directory, 'dataset.yaml');
  const header = parseDocument(await readFile(headerFile, 'utf8'));
  const sources = new Map<string, SourceInfo>();
  const sourceList = header.get('sources', true);
  if (!isSeq(sourceList)) throw new Error(`${headerFile}: no \`sources\` list`);
  for (const item of sourceList.items) {
    const source = (item as YAMLMap).toJSON() as { id: string; kind: string; file?: string };
    const text = source.file ? await readFile(path.join(directory, source.file), 'utf8') : undefined;
    sources.set(source.id, { kind: source.kind, text });
  }
  const counts = { quoted: 0, offsets: 0, inferred: 0, warnings: 0 };
  for (const kind of ['entities', 'relationships'] as const) {
    const file = path.join(directory, `${kind}.yaml`);
    const document = parseDocument(await readFile(file, 'utf8'));
    migrateRecords(document, kind, sources, counts, (message) => {
      counts.warnings++;
      console.warn(`${kind}.yaml: ${message}`);
    });
    await writeFile(file, document.toString({ lineWidth: 0 }));
  }
  const kept = sourceList.items.filter((item) => (item as YAMLMap).get('kind') !== 'CURATED');
  if (kept.length !== sourceList.items.length) {
    sourceList.items = kept;
    await writeFile(headerFile, header.toString({ lineWidth: 0 }));
  }
  console.log(
    `Migrated ${directory}: ${counts.quoted} records made QUOTED, ${counts.offsets} offsets recomputed, ${counts.inferred} CURATED records made INFERRED, ${counts.warnings} warnings.` +
      (counts.inferred > 0
        ? ' Each INFERRED record made needs a basis or a CITED source before the dataset loads.'
        : ''),
  );
  return 0;
}

function migrateRecords(
  document: Document,
  kind: 'entities' | 'relationships',
  sources: Map<string, SourceInfo>,
  counts: { quoted: number; offsets: number; inferred: number },
  warn: (message: string) => void,
): void {
  const records = document.get(kind, true);
  if (!isSeq(records)) return;
  for (const record of records.items) {
    if (!isMap(record)) continue;
    const label = String(
      record.get('id') ??
        `${String(record.get('from'))}-[${String(record.get('type'))}]->${String(record.get('to'))}`,
    );
    const evidence = record.get('evidence', true);
    if (!isSeq(evidence)) continue;
    for (const item of evidence.items) {
      if (!isMap(item)) continue;
      const source = sources.get(String(item.get('source')));
      if (source?.kind === 'CURATED') {
        for (const key of ['quote', 'section', 'source', 'start', 'end', 'kind']) item.delete(key);
        item.set('rationale', PENDING_RATIONALE);
        item.set('basis', document.createNode([]));
        setFirst(document, item, 'kind', 'INFERRED');
        counts.inferred++;
        continue;
      }
      const quote = item.get('quote');
      if (typeof quote !== 'string') continue;
      const stated = item.get('kind');
      if (stated !== undefined && stated !== 'QUOTED') continue;
      const text = source?.text;
      if (text === undefined) {
        warn(`${label}: source "${String(item.get('source'))}" has no text; left as it is`);
        continue;
      }
      const start = item.get('start');
      const end = item.get('end');
      const holds = typeof start === 'number' && typeof end === 'number' && text.slice(start, end) === quote;
      if (stated === undefined) {
        setFirst(document, item, 'kind', 'QUOTED');
        counts.quoted++;
      }
      if (holds) continue;
      const found = locate(text, quote, item.get('section'));
      if (found.start === -1) {
        warn(`${label}: the quote is not in the source's text; fix it by hand: "${quote.slice(0, 60)}"`);
        continue;
      }
      if (found.warning) warn(`${label}: ${found.warning}`);
      setAfter(document, item, 'quote', 'start', found.start);
      setAfter(document, item, 'start', 'end', found.start + quote.length);
      counts.offsets++;
    }
  }
}

/** Where the quote is: the only occurrence, else the first at or after the section's heading, else the first. */
function locate(text: string, quote: string, section: unknown): { start: number; warning?: string } {
  const first = text.indexOf(quote);
  if (first === -1 || text.indexOf(quote, first + 1) === -1) return { start: first };
  const heading = typeof section === 'string' ? text.indexOf(section) : -1;
  const inSection = heading === -1 ? -1 : text.indexOf(quote, heading);
  if (inSection !== -1) {
    return {
      start: inSection,
      warning: `the quote occurs more than once; took the one in "${String(section)}" at ${inSection}`,
    };
  }
  return { start: first, warning: `the quote occurs more than once; took the first, at ${first}` };
}

/** Sets `key` as the map's first entry. */
function setFirst(document: Document, map: YAMLMap, key: string, value: unknown): void {
  map.delete(key);
  map.items.unshift(document.createPair(key, value));
}

/** Sets `key` right after `after` (or at the end when `after` is absent). */
function setAfter(document: Document, map: YAMLMap, after: string, key: string, value: unknown): void {
  map.delete(key);
  const index = map.items.findIndex(
    (pair) => String((pair.key as { value?: unknown })?.value ?? pair.key) === after,
  );
  const pair = document.createPair(key, value);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index + 1, 0, pair);
}

process.exitCode = await main();
