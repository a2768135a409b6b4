import {
  Kind,
  type DocumentNode,
  type ExecutableDefinitionNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { add } from './measure-operation.js';

/**
 * For one definition of a document: the most times one response name (alias, or field name) is
 * selected in one selection set, counting the fields of inline fragments and spread fragments in the
 * set they are spread into, as graphql-js's OverlappingFieldsCanBeMerged rule merges them.
 */
export type RepeatedSelectionCounter = (definition: ExecutableDefinitionNode) => number;

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
export function createRepeatedSelectionCounter(document: DocumentNode): RepeatedSelectionCounter {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counted = new Map<string, SetCount>();
  const active = new Set<string>();

  function countFragment(name: string): SetCount {
    const known = counted.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || active.has(name)) return EMPTY;
    active.add(name);
    const count = countSelectionSet(fragment.selectionSet);
    active.delete(name);
    counted.set(name, count);
    return count;
  }

  function countSelectionSet(selectionSet: SelectionSetNode): SetCount {
    const names = new Map<string, number>();
    let most = 0;
    const select = (name: string, times: number) => {
      const total = add(names.get(name) ?? 0, times);
      names.set(name, total);
      most = Math.max(most, total);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        select(selection.alias?.value ?? selection.name.value, 1);
        if (selection.selectionSet) most = Math.max(most, countSelectionSet(selection.selectionSet).most);
        continue;
      }
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? countSelectionSet(selection.selectionSet)
          : countFragment(selection.name.value);
      for (const [name, times] of inner.names) select(name, times);
      most = Math.max(most, inner.most);
    }
    return { names, most };
  }

  return (definition) =>
    definition.kind === Kind.FRAGMENT_DEFINITION
      ? countFragment(definition.name.value).most
      : countSelectionSet(definition.selectionSet).most;
}
