import type { DocumentNode } from 'graphql';
import { costVariablesOf } from './compute-query-cost.js';

/** Per document: the variables its cost depends on, and each operation's cost when none does. */
export interface FixedCosts {
  variables: ReadonlySet<string>;
  /** Operation name ('' for an anonymous one) → its cost. */
  costs: Map<string, number>;
}

/**
 * The costs of a document that no variable can change (none is used in a sized argument or an `if`,
 * see costVariablesOf), kept with the document object. Apollo hands the same cached document to every
 * request with the same text, so such an operation is costed once: by the early cost rule while the
 * document is validated, or by the query guards after. Per document object, so an entry goes when the
 * document cache drops the document.
 */
export function createFixedCosts(): (document: DocumentNode) => FixedCosts {
  const kept = new WeakMap<DocumentNode, FixedCosts>();
  return (document) => {
    let entry = kept.get(document);
    if (!entry) {
      entry = { variables: costVariablesOf(document), costs: new Map() };
      kept.set(document, entry);
    }
    return entry;
  };
}
