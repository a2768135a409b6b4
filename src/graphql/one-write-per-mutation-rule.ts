import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

/**
 * Refuses a mutation operation that selects more than one write. GraphQL runs mutation fields one
 * after the other, and each is its own transaction: when a later one failed, its non-null result
 * nulled `data` while the earlier writes stayed applied, so an answer with an error had changed
 * something (docs/writes.md promises it changed nothing). `importDataset` writes several records in
 * one transaction. `__typename` is no write; fragments count where they are spread.
 */
export const oneWritePerMutationRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'mutation') return;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const writes = rootFieldNames(node.selectionSet, fragments, new Set());
    if (writes.length <= 1) return;
    context.reportError(
      new GraphQLError(
        `A mutation may hold one write, and this one holds ${writes.length} (${writes.join(', ')}): send each in its own request, or several records in one \`importDataset\`, which writes them all or none.`,
        { nodes: node },
      ),
    );
  },
});

/** The response names of a selection's fields, fragments included (each spread once: cycles are another rule's). */
function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spread: Set<string>,
): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') names.push((selection.alias ?? selection.name).value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFieldNames(selection.selectionSet, fragments, spread));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || spread.has(fragment.name.value)) continue;
      spread.add(fragment.name.value);
      names.push(...rootFieldNames(fragment.selectionSet, fragments, spread));
    }
  }
  return names;
}
