import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The size of an operation, with every fragment counted where it is spread. */
export interface OperationMeasure {
  /** Levels of nested fields; introspection fields (`__schema`, `__type`, `__typename`) do not count. */
  depth: number;
  aliases: number;
  directives: number;
  /** Field selections (introspection fields not counted). */
  fields: number;
}

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, directives: 0, fields: 0 };

/**
 * Measures one operation of a document. Each fragment is measured once and its measure reused at
 * every spread, so the work is linear in the document even when fragments spread fragments many
 * times over (a "fragment bomb" gets huge counts, not a long computation). Unknown and cyclic
 * spreads count nothing: validation refuses those documents anyway.
 */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, OperationMeasure>();
  const active = new Set<string>();

  function measureFragment(name: string): OperationMeasure {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || active.has(name)) return NOTHING;
    active.add(name);
    const inner = measureSelectionSet(fragment.selectionSet);
    active.delete(name);
    const measure = { ...inner, directives: add(inner.directives, fragment.directives?.length ?? 0) };
    measured.set(name, measure);
    return measure;
  }

  function measureSelectionSet(selectionSet: SelectionSetNode): OperationMeasure {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    let fields = 0;
    for (const selection of selectionSet.selections) {
      directives = add(directives, selection.directives?.length ?? 0);
      let inner: OperationMeasure;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases = add(aliases, 1);
        if (selection.name.value.startsWith('__')) continue;
        const child = selection.selectionSet ? measureSelectionSet(selection.selectionSet) : NOTHING;
        inner = { ...child, depth: child.depth + 1, fields: add(child.fields, 1) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSelectionSet(selection.selectionSet);
      } else {
        inner = measureFragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases = add(aliases, inner.aliases);
      directives = add(directives, inner.directives);
      fields = add(fields, inner.fields);
    }
    return { depth, aliases, directives, fields };
  }

  const measure = measureSelectionSet(operation.selectionSet);
  return { ...measure, directives: add(measure.directives, operation.directives?.length ?? 0) };
}

/** Counts stop at MAX_SAFE_INTEGER, so a fragment bomb reports a number rather than Infinity (null in JSON). */
function add(a: number, b: number): number {
  return Math.min(a + b, Number.MAX_SAFE_INTEGER);
}
