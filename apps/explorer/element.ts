type Child = Node | string | null | undefined | false;

/** Attributes (`true` sets an empty one, `false`/null/undefined none), `dataset` and `onclick`. */
export type ElementProps = Record<
  string,
  string | number | boolean | undefined | null | Record<string, string> | ((event: MouseEvent) => void)
>;

/**
 * Builds an element. Text is always set as text, never parsed as HTML, so names and quotes from the
 * API cannot inject markup (and the page's CSP forbids inline script anyway).
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') node.addEventListener('click', value as (event: Event) => void);
    else if (typeof value === 'object' && value !== null) Object.assign(node.dataset, value);
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The element with this id; throws when the page template lacks it (a build mistake). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The explorer page has no #${id}.`);
  return found as T;
}

/** Calls `action` once input has paused for `delayMs`. */
export function debounce<A extends unknown[]>(
  action: (...args: A) => void,
  delayMs: number,
): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), delayMs);
  };
}

/** Offers `content` as a file download. */
export function download(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = element('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A small colour square. The colour goes through the CSSOM: the page's CSP refuses `style` attributes.
 */
export function swatch(color: string, className = 'swatch'): HTMLSpanElement {
  const node = element('span', { class: className, 'aria-hidden': 'true' });
  node.style.backgroundColor = color;
  node.style.color = color;
  return node;
}
