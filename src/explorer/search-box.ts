import type { SearchHit } from './api-types.js';
import { debounce, element, swatch } from './element.js';
import { requestGraphQL } from './graphql-client.js';
import { humanize, kindColor } from './palette.js';
import { SEARCH_QUERY } from './queries.js';

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
  const choose = (hit: SearchHit) => {
    close();
    input.value = hit.entity.name;
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
    results.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    status.textContent = input.value.trim() ? `${hits.length} match${hits.length === 1 ? '' : 'es'}` : '';
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
      const data = await requestGraphQL<{ search: SearchHit[] }>(
        SEARCH_QUERY,
        { query: text },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      hits = data.search;
      render();
    } catch (error) {
      if (controller.signal.aborted) return;
      hits = [];
      render();
      status.textContent = error instanceof Error ? error.message : String(error);
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
