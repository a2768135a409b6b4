import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Reading ahead in a query: the fields a resolver's children will be asked for, so it can fetch what
 * they need in its own store call. `@skip`/`@include` are not evaluated: a field they leave out still
 * counts as asked for, which costs a little work and never a wrong answer.
 */

/** The subfields called `name` of these fields, looking through fragments. */
export function fieldsNamed(
  parents: readonly FieldNode[],
  name: string,
  info: GraphQLResolveInfo,
): FieldNode[] {
  const collect = (selectionSet: SelectionSetNode | undefined, visited: Set<string>): FieldNode[] =>
    (selectionSet?.selections ?? []).flatMap((selection): FieldNode[] => {
      if (selection.kind === 'Field') return selection.name.value === name ? [selection] : [];
      if (selection.kind === 'InlineFragment') return collect(selection.selectionSet, visited);
      // A fragment spread twice in one selection contributes its fields once.
      if (visited.has(selection.name.value)) return [];
      visited.add(selection.name.value);
      return collect(info.fragments[selection.name.value]?.selectionSet, visited);
    });
  return parents.flatMap((parent) => collect(parent.selectionSet, new Set()));
}

/** Whether the field being resolved asks for `name` among its own subfields. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return fieldsNamed(info.fieldNodes, name, info).length > 0;
}
