import type { DocumentOutline, OutlineDefinition, OutlineSet } from './document-outline.js';
import { add } from './measure-operation.js';

/**
 * For one definition of a document: the most times one response name (alias, or field name) is
 * selected in one selection set, counting the fields of inline fragments and spread fragments in the
 * set they are spread into, as graphql-js's OverlappingFieldsCanBeMerged rule merges them.
 */
export type RepeatedSelectionCounter = (definition: OutlineDefinition) => number;

interface SetCount {
  /** How often each response name is selected in this set. */
  names: ReadonlyMap<string, number>;
  /** The most repeated name in this set or any set nested in it. */
  most: number;
}

const EMPTY: SetCount = { names: new Map(), most: 0 };

/**
 * A counter for the definitions of one document, each fragment counted once and reused. Merging a
 * fragment's names into a set costs as much as the fragment has names, so count only documents
 * already within the field limit: the work then stays in proportion to that limit.
 */
export function createRepeatedSelectionCounter(outline: DocumentOutline): RepeatedSelectionCounter {
  const counted = new Map<string, SetCount>();
  const active = new Set<string>();

  function countFragment(name: string): SetCount {
    const known = counted.get(name);
    if (known) return known;
    const fragment = outline.fragments.get(name);
    if (!fragment || active.has(name)) return EMPTY;
    active.add(name);
    const count = countSet(fragment.set);
    active.delete(name);
    counted.set(name, count);
    return count;
  }

  function countSet(set: OutlineSet): SetCount {
    // The set's own names are read as they are unless a fragment merges more into them.
    let names: Map<string, number> | null = null;
    let most = 0;
    for (const item of set.nested) {
      if (item.kind === 'field') {
        most = Math.max(most, countSet(item.set).most);
        continue;
      }
      const inner = item.kind === 'inline' ? countSet(item.set) : countFragment(item.name);
      names ??= new Map(set.names);
      for (const [name, times] of inner.names) names.set(name, add(names.get(name) ?? 0, times));
      most = Math.max(most, inner.most);
    }
    const merged = names ?? set.names;
    for (const times of merged.values()) most = Math.max(most, times);
    return { names: merged, most };
  }

  return (definition) =>
    definition.kind === 'fragment' ? countFragment(definition.name).most : countSet(definition.set).most;
}
