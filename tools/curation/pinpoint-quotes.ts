/**
 * Helps a curator pinpoint quotes (issue 12, item 2: each QUOTED record quotes the shortest clause
 * that states its fact). It finds the quotes to look at and keeps the offsets right; the curator
 * decides what each quote becomes.
 *
 *   npx tsx tools/curation/pinpoint-quotes.ts [DIR]                 # report: whole-sentence quotes, relationship
 *                                                            # quotes that could lose a clause
 *   npx tsx tools/curation/pinpoint-quotes.ts [DIR] --suggest       # the trimmable ones as an edits file (TSV)
 *   npx tsx tools/curation/pinpoint-quotes.ts [DIR] --edits FILE    # apply edits: record id, old quote, new quote
 *   npx tsx tools/curation/pinpoint-quotes.ts [DIR] --fix-offsets   # recompute start/end/section of changed quotes
 *
 * An edits file has one edit a line, three tab-separated fields: the record id (an entity id or a
 * relationship id such as `city:a-[HOSTS]->park:b`), the quote as it is, and the quote it becomes.
 * The new quote's offsets are found inside the old quote's span when it lies there (so a clause that
 * occurs twice in the text keeps its place), else at the occurrence nearest the old one. Its section is
 * the last section heading before it. A `mentions` string the new quote no longer holds is an error.
 * A new quote of `-` removes the record (a second quote of the same fact).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { trimmableRelationshipQuotes, wholeSentenceQuotes } from './fidelity/quote-pinpoint.js';
import { readRawDataset } from './fidelity/raw-dataset.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--edits');
const directory = positional[0] ?? fileURLToPath(new URL('../../seed/wenzhou-yrd/', import.meta.url));

interface Edit {
  id: string;
  from: string;
  to: string;
}

async function main(): Promise<number> {
  const editsFile = valueOf('--edits');
  if (editsFile !== undefined) return applyEdits(await readEdits(editsFile));
  if (flag('--fix-offsets')) return applyEdits([]);
  const dataset = await readRawDataset(directory);
  const trimmable = trimmableRelationshipQuotes(dataset);
  if (flag('--suggest')) {
    for (const record of trimmable)
      console.log([record.id, record.evidence.quote, record.shorter].join('\t'));
    return 0;
  }
  const whole = wholeSentenceQuotes(dataset);
  console.log(`QUOTED records that are a whole sentence of their source: ${whole.length}`);
  for (const record of whole.filter((r) => r.severalClauses))
    console.log(`  ${record.id}: ${record.evidence.quote.slice(0, 100)}…`);
  console.log(`Relationship quotes that could lose a clause and still name both ends: ${trimmable.length}`);
  for (const record of trimmable)
    console.log(`  ${record.id}\n    ${record.evidence.quote}\n    → ${record.shorter}`);
  return 0;
}

async function readEdits(file: string): Promise<Edit[]> {
  const lines = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  return lines.map((line, index) => {
    const [id, from, to, extra] = line.split('\t');
    if (!id || !from || !to || extra !== undefined)
      throw new Error(`${file}:${index + 1}: expected three tab-separated fields: id, old quote, new quote`);
    return { id, from, to };
  });
}

/** Applies the edits to entities.yaml and relationships.yaml and recomputes every offset that no longer holds. */
async function applyEdits(edits: Edit[]): Promise<number> {
  const header = parseDocument(await readFile(path.join(directory, 'dataset.yaml'), 'utf8')).toJSON() as {
    sources: { id: string; file?: string }[];
  };
  const texts = new Map<string, string>();
  for (const source of header.sources)
    if (source.file) texts.set(source.id, await readFile(path.join(directory, source.file), 'utf8'));
  const pending = new Map(edits.map((edit) => [`${edit.id}\t${edit.from}`, edit]));
  let changed = 0;
  for (const kind of ['entities', 'relationships'] as const) {
    const file = path.join(directory, `${kind}.yaml`);
    const document = parseDocument(await readFile(file, 'utf8'));
    const records = document.get(kind, true);
    if (!isSeq(records)) continue;
    for (const record of records.items) {
      if (!isMap(record)) continue;
      const id = recordId(record);
      const evidence = record.get('evidence', true);
      if (!isSeq(evidence)) continue;
      for (const item of [...evidence.items]) {
        if (!isMap(item) || item.get('kind') !== 'QUOTED') continue;
        const quote = String(item.get('quote'));
        const text = texts.get(String(item.get('source')));
        if (text === undefined) continue;
        const edit = pending.get(`${id}\t${quote}`);
        if (edit !== undefined) pending.delete(`${id}\t${quote}`);
        if (edit?.to === '-') {
          evidence.items.splice(evidence.items.indexOf(item), 1);
          changed++;
          continue;
        }
        const newQuote = edit?.to ?? quote;
        const start = Number(item.get('start'));
        const end = Number(item.get('end'));
        if (text.slice(start, end) === newQuote) continue;
        const at = locate(text, newQuote, quote, start);
        if (at === -1) throw new Error(`${kind}.yaml: ${id}: not in the source's text: "${newQuote}"`);
        for (const [end, mention] of Object.entries(
          (item.get('mentions') as YAMLMap | undefined)?.toJSON() ?? {},
        ))
          if (!newQuote.includes(String(mention)))
            throw new Error(
              `${kind}.yaml: ${id}: the mention of ${end} "${String(mention)}" is not in "${newQuote}"`,
            );
        item.set('quote', newQuote);
        item.set('start', at);
        item.set('end', at + newQuote.length);
        setSection(document, item, text, at);
        changed++;
      }
    }
    await writeFile(file, document.toString({ lineWidth: 0 }));
  }
  for (const edit of pending.values())
    console.error(`not applied (no such record and quote): ${edit.id}: ${edit.from}`);
  console.log(`${changed} quotes changed or removed; ${pending.size} edits not applied.`);
  return pending.size === 0 ? 0 : 1;
}

function recordId(record: YAMLMap): string {
  const id = record.get('id');
  if (typeof id === 'string') return id;
  return `${String(record.get('from'))}-[${String(record.get('type'))}]->${String(record.get('to'))}`;
}

/** Where `quote` is: inside the old quote's span when it lies there, else the occurrence nearest the old start. */
function locate(text: string, quote: string, oldQuote: string, oldStart: number): number {
  const oldAt =
    text.slice(oldStart, oldStart + oldQuote.length) === oldQuote ? oldStart : text.indexOf(oldQuote);
  const inside = oldAt === -1 ? -1 : oldQuote.indexOf(quote);
  if (inside !== -1) return oldAt + inside;
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    if (best === -1 || Math.abs(at - oldStart) < Math.abs(best - oldStart)) best = at;
  return best;
}

const SECTION_HEADING = /^(Task (?:One|Two|Three|Four|Five|Six|Seven|Eight))$/gmu;

/** Sets the record's section to the last heading before `at` (Introduction before the first). */
function setSection(document: Document, item: YAMLMap, text: string, at: number): void {
  if (item.get('section') === undefined) return;
  let section = 'Introduction';
  for (const match of text.matchAll(SECTION_HEADING)) if (match.index < at) section = match[1]!;
  item.set('section', document.createNode(section));
}

process.exitCode = await main();
