/**
 * The skip link ("Skip to the query editor"), the first thing Tab reaches: it takes a keyboard user past
 * the header, GraphiQL's sidebar and the two buttons of every example tab (some forty Tabs) into the
 * editor of the open tab in one key. GraphiQL renders that editor itself and gives it no id, so `target`
 * finds it when the link is activated.
 */
export function attachSkipLink(link: HTMLAnchorElement, target: () => HTMLElement | null): void {
  link.addEventListener('click', (event) => {
    const element = target();
    if (!element) return;
    event.preventDefault();
    element.focus();
  });
}
