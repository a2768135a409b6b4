import {
  Kind,
  type DocumentNode,
  type ExecutableDefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The size of an operation (or a fragment), with every fragment counted where it is spread. */
export interface OperationMeasure {
  /** Levels of nested fields; introspection fields (`__schema`, `__type`, `__typename`) do not count. */
  depth: number;
  aliases: number;
  directives: number;
  /** Field selections (introspection fields not counted). */
  fields: number;
}

/** Measures the definitions of one document, each fragment once however often it is spread. */
export type DefinitionMeasurer = (definition: ExecutableDefinitionNode) => OperationMeasure;

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, directives: 0, fields: 0 };

/**
 * A measurer for the operations and fragments of a document. Each fragment is measured once and
 * its measure reused at every spread and by every definition measured afterwards, so measuring a
 * whole document is linear in its size even when fragments spread fragments many times over (a
 * "fragment bomb" gets huge counts, not a long computation). Unknown and cyclic spreads count
 * nothing: validation refuses those documents anyway.
 */
export function createDefinitionMeasurer(document: DocumentNode): DefinitionMeasurer {
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

  return (definition) => {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) return measureFragment(definition.name.value);
    const measure = measureSelectionSet(definition.selectionSet);
    return { ...measure, directives: add(measure.directives, definition.directives?.length ?? 0) };
  };
}

/** Measures one operation of a document (see `createDefinitionMeasurer`). */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationMeasure {
  return createDefinitionMeasurer(document)(operation);
}

/** Counts stop at MAX_SAFE_INTEGER, so a fragment bomb reports a number rather than Infinity (null in JSON). */
export function add(a: number, b: number): number {
  return Math.min(a + b, Number.MAX_SAFE_INTEGER);
}
