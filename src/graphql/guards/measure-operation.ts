import type { DocumentOutline, OutlineDefinition, OutlineSet } from './document-outline.js';

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
export type DefinitionMeasurer = (definition: OutlineDefinition) => OperationMeasure;

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, directives: 0, fields: 0 };

/**
 * A measurer for the operations and fragments of a document. Each fragment is measured once and
 * its measure reused at every spread and by every definition measured afterwards, so measuring a
 * whole document is linear in its size even when fragments spread fragments many times over (a
 * "fragment bomb" gets huge counts, not a long computation). Unknown and cyclic spreads count
 * nothing: validation refuses those documents anyway.
 */
export function createDefinitionMeasurer(outline: DocumentOutline): DefinitionMeasurer {
  const measured = new Map<string, OperationMeasure>();
  const active = new Set<string>();

  function measureFragment(name: string): OperationMeasure {
    const known = measured.get(name);
    if (known) return known;
    const fragment = outline.fragments.get(name);
    if (!fragment || active.has(name)) return NOTHING;
    active.add(name);
    const inner = measureSet(fragment.set);
    active.delete(name);
    const measure = { ...inner, directives: add(inner.directives, fragment.directives) };
    measured.set(name, measure);
    return measure;
  }

  function measureSet(set: OutlineSet): OperationMeasure {
    // A leaf field is one field one level deep.
    let depth = set.leafFields > 0 ? 1 : 0;
    let fields = set.leafFields;
    let aliases = set.aliases;
    let directives = set.directives;
    for (const item of set.nested) {
      let inner: OperationMeasure;
      if (item.kind === 'field') {
        if (item.introspection) continue;
        const child = measureSet(item.set);
        inner = { ...child, depth: child.depth + 1, fields: add(child.fields, 1) };
      } else if (item.kind === 'inline') {
        inner = measureSet(item.set);
      } else {
        inner = measureFragment(item.name);
      }
      depth = Math.max(depth, inner.depth);
      aliases = add(aliases, inner.aliases);
      directives = add(directives, inner.directives);
      fields = add(fields, inner.fields);
    }
    return { depth, aliases, directives, fields };
  }

  return (definition) => {
    if (definition.kind === 'fragment') return measureFragment(definition.name);
    const measure = measureSet(definition.set);
    return { ...measure, directives: add(measure.directives, definition.directives) };
  };
}

/** Counts stop at MAX_SAFE_INTEGER, so a fragment bomb reports a number rather than Infinity (null in JSON). */
export function add(a: number, b: number): number {
  return Math.min(a + b, Number.MAX_SAFE_INTEGER);
}
