/**
 * Names GraphiQL's editors for screen readers. CodeMirror 5 types into a hidden textarea that GraphiQL
 * leaves unnamed, so each of the query, variables and headers editors was announced only as "edit
 * text" (the audit of 4 December 2026). The name comes from where the editor sits: the query editor,
 * and in the tools section below it the variables editor, then the headers editor (GraphiQL 4 renders
 * them in that order). Editors appear as tabs open and close, so new ones are named as they come.
 */
export function nameEditorInputs(root: HTMLElement): void {
  const name = () => {
    label(root.querySelector('.graphiql-query-editor .CodeMirror textarea'), 'GraphQL query');
    const tools = root.querySelectorAll('.graphiql-editor-tool .graphiql-editor');
    label(tools[0]?.querySelector('.CodeMirror textarea') ?? null, 'Variables (JSON)');
    label(tools[1]?.querySelector('.CodeMirror textarea') ?? null, 'Request headers (JSON)');
    label(root.querySelector('.result-window .CodeMirror textarea'), 'Response');
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

function label(input: Element | null, text: string): void {
  if (input && input.getAttribute('aria-label') !== text) input.setAttribute('aria-label', text);
}
