/** What Tab can reach, as the browser's own Tab order would walk it inside one element. */
const CANDIDATES = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The elements inside `container` that Tab stops at, in document order: enabled, shown, not `tabindex=-1`. */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      // Inside a closed <details>, under `hidden` or `visibility: hidden`: not a Tab stop.
      element.checkVisibility({ visibilityProperty: true }),
  );
}

/**
 * Keeps a Tab keypress inside `container`, as a modal dialog does: Tab on its last stop goes to its first,
 * Shift+Tab on its first to its last, and a Tab from outside it lands in it. Everything else is left to
 * the browser, so the order inside is the page's own.
 */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  const stops = tabbables(container);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  let wrapTo: HTMLElement | null = null;
  if (!container.contains(active)) wrapTo = event.shiftKey ? last : first;
  else if (event.shiftKey && active === first) wrapTo = last;
  else if (!event.shiftKey && active === last) wrapTo = first;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}
