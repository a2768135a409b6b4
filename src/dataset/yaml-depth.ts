import { Lexer, Parser } from 'yaml';
import { DatasetError } from './dataset-error.js';

/**
 * How deep a dataset file's collections may nest. A record is at most six deep (the file's map, its
 * list, the record, `evidence`, an evidence item, `mentions`); the rest is room for what a curator
 * may nest in a future field, far below where the yaml library runs out of stack (about 800).
 */
export const MAX_YAML_DEPTH = 32;

/**
 * Throws a DatasetError naming the place where `text`'s collections nest past MAX_YAML_DEPTH. Why:
 * the yaml library's parser keeps a stack of its own, but the composer that builds the document
 * recurses once per level, so 800 nested `[` (1.6 kB) ran it out of stack and the client read
 * "Maximum call stack size exceeded". The depth is read from the parser's own stack before the
 * document is built.
 */
export function assertYamlWithinDepth(text: string, file: string): void {
  const offset = firstCollectionPast(MAX_YAML_DEPTH, text);
  if (offset === null) return;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  throw new DatasetError(
    file,
    null,
    null,
    `is not valid YAML for a dataset: its lists and maps nest more than ${MAX_YAML_DEPTH} deep ` +
      `(at line ${line}, column ${column}), where a record nests 6 at most`,
  );
}

const COLLECTIONS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The offset at which the collections open in `text` first number more than `limit`, or null. The
 * parser is fed one lexical token at a time and its stack (the document and the tokens still open)
 * is read after each, so a refusal stops where the text goes too deep, having read no further.
 */
function firstCollectionPast(limit: number, text: string): number | null {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    for (const _token of parser.next(lexeme)) {
      // Tokens are built again by parseDocument; here only the depth is read.
    }
    let open = 0;
    for (const token of parser.stack) {
      // The collection that goes one deeper than `limit`: where it starts is where to look.
      if (COLLECTIONS.has(token.type) && ++open > limit) return token.offset;
    }
  }
  return null;
}
