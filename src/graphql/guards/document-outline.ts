import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * A selection set reduced to what the size limits count. Two front ends build it: `outlineDocument`
 * from a parsed document and `scanDocumentOutline` from the raw text, so the limits are counted by
 * one piece of code whichever way the document came.
 */
export interface OutlineSet {
  /** Fields without a selection set, introspection fields (`__…`) not counted. */
  leafFields: number;
  /** Aliased fields directly in this set, introspection fields included. */
  aliases: number;
  /** Directives on the selections directly in this set (fields, spreads, inline fragments). */
  directives: number;
  /** How often each response name (alias, or field name) is selected directly in this set. */
  names: Map<string, number>;
  /**
   * What nests in this set, in document order: fields with a selection set, inline fragments and
   * fragment spreads. Order matters only for cyclic spreads, where the first one reached is cut.
   */
  nested: OutlineItem[];
}

export type OutlineItem =
  | { kind: 'field'; set: OutlineSet; introspection: boolean }
  | { kind: 'inline'; set: OutlineSet }
  | { kind: 'spread'; name: string };

/** An operation or a fragment definition. */
export interface OutlineDefinition {
  kind: 'operation' | 'fragment';
  /** The fragment's name; operations' names are not needed. */
  name: string;
  /** Directives on the definition itself. */
  directives: number;
  set: OutlineSet;
}

export interface DocumentOutline {
  /** The executable definitions, in document order. */
  definitions: OutlineDefinition[];
  /** Fragments by name; where a name is defined twice, the last definition (validation refuses both). */
  fragments: Map<string, OutlineDefinition>;
}

/** An empty set, to fill while reading a selection set. */
export function createOutlineSet(): OutlineSet {
  return { leafFields: 0, aliases: 0, directives: 0, names: new Map(), nested: [] };
}

/** Records one field of a set: its response name, its alias, and whether it counts as a leaf. */
export function addOutlineField(
  set: OutlineSet,
  name: string,
  alias: string | undefined,
  child: OutlineSet | undefined,
): void {
  const responseName = alias ?? name;
  set.names.set(responseName, (set.names.get(responseName) ?? 0) + 1);
  if (alias !== undefined) set.aliases += 1;
  const introspection = name.startsWith('__');
  if (child) set.nested.push({ kind: 'field', set: child, introspection });
  else if (!introspection) set.leafFields += 1;
}

/** Collects the definitions into an outline, indexing the fragments by name. */
export function createDocumentOutline(definitions: OutlineDefinition[]): DocumentOutline {
  const fragments = new Map<string, OutlineDefinition>();
  for (const definition of definitions) {
    if (definition.kind === 'fragment') fragments.set(definition.name, definition);
  }
  return { definitions, fragments };
}

/** The outline of a parsed document (type-system definitions left out: they are not executable). */
export function outlineDocument(document: DocumentNode): DocumentOutline {
  const definitions: OutlineDefinition[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      definitions.push({
        kind: 'operation',
        name: definition.name?.value ?? '',
        directives: definition.directives?.length ?? 0,
        set: outlineSelectionSet(definition.selectionSet),
      });
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      definitions.push({
        kind: 'fragment',
        name: definition.name.value,
        directives: definition.directives?.length ?? 0,
        set: outlineSelectionSet(definition.selectionSet),
      });
    }
  }
  return createDocumentOutline(definitions);
}

function outlineSelectionSet(selectionSet: SelectionSetNode): OutlineSet {
  const set = createOutlineSet();
  for (const selection of selectionSet.selections) {
    set.directives += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      const child = selection.selectionSet ? outlineSelectionSet(selection.selectionSet) : undefined;
      addOutlineField(set, selection.name.value, selection.alias?.value, child);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      set.nested.push({ kind: 'inline', set: outlineSelectionSet(selection.selectionSet) });
    } else {
      set.nested.push({ kind: 'spread', name: selection.name.value });
    }
  }
  return set;
}
