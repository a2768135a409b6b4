const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** A term for Lucene's query parser, with its syntax escaped and its operator words quoted as words. */
export function escapeLucene(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (character) => `\\${character}`);
  return LUCENE_OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
}
