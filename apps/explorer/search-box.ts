import { ExplorerSearchDocument, type ExplorerSearchQuery } from './generated/graphql.js';
import { debounce, element, swatch } from './element.js';
import { requestGraphQL } from './graphql-client.js';
import { humanize, kindColor } from './palette.js';

type SearchHit = ExplorerSearchQuery['search'][number];

export interface SearchBoxOptions {
  input: HTMLInputElement;
  results: HTMLElement;
  status: HTMLElement;
  /** Called with the chosen hit (Enter chooses the first). */
  onChoose(hit: SearchHit['entity']): void;
}

/**
 * A debounced search over `Query.search`. Keyboard: type, Enter loads the first hit, ↓ moves into the
 * list (↑/↓ between hits, Enter or Space loads one), Escape closes it.
 */
export function attachSearchBox(options: SearchBoxOptions): void {
  const { input, results, status } = options;
  let hits: SearchHit[] = [];
  let inFlight: AbortController | undefined;

  const close = () => {
    results.replaceChildren();
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  // Focus goes back to the box, so the next search is one keystroke away and Tab order is not lost.
  const choose = (hit: SearchHit) => {
    close();
    input.value = hit.entity.name;
    input.focus();
    options.onChoose(hit.entity);
  };

  const render = () => {
    results.replaceChildren(
      ...hits.map((hit) =>
        element(
          'li',
          {},
          element(
            'button',
            {
              type: 'button',
              class: 'search-hit',
              'data-testid': 'search-hit',
              'data-entity-id': hit.entity.id,
              onclick: () => choose(hit),
            },
            swatch(kindColor(hit.entity.kind)),
            element('span', { class: 'hit-name' }, hit.entity.name),
            element('span', { class: 'kind-badge' }, humanize(hit.entity.kind)),
          ),
        ),
      ),
    );
    const text = input.value.trim();
    if (hits.length === 0 && text)
      results.append(
        element(
          'li',
          { class: 'no-match', 'data-testid': 'search-no-match' },
          `Nothing matches “${text}”. Try another spelling, a shorter name or the Chinese name.`,
        ),
      );
    results.hidden = !text;
    input.setAttribute('aria-expanded', String(Boolean(text)));
    status.textContent = text ? `${hits.length} match${hits.length === 1 ? '' : 'es'}` : '';
  };

  const search = debounce(async (text: string) => {
    inFlight?.abort();
    if (!text) {
      hits = [];
      render();
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    try {
      const data = await requestGraphQL(ExplorerSearchDocument, { query: text }, controller.signal);
      if (controller.signal.aborted) return;
      hits = data.search;
      render();
    } catch (error) {
      if (controller.signal.aborted) return;
      hits = [];
      render();
      const message = error instanceof Error ? error.message : String(error);
      results.replaceChildren(
        element('li', { class: 'no-match', role: 'alert' }, `Search failed: ${message}`),
      );
      status.textContent = message;
    }
  }, 180);

  input.addEventListener('input', () => search(input.value.trim().slice(0, 200)));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = hits[0];
      if (first) choose(first);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      results.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? input : buttons[Math.min(next, buttons.length - 1)])?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Node) || (!results.contains(event.target) && event.target !== input))
      close();
  });
}
