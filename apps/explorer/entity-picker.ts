import { ExplorerSearchDocument } from './generated/graphql.js';
import { debounce, element } from './element.js';
import { requestGraphQL } from './graphql-client.js';
import { humanize } from './palette.js';

/**
 * A text input that suggests entities as you type (a `<datalist>` of search hits) and accepts a name
 * or an id. `resolve()` turns what was typed into an entity id: an id as it is, a name by the best hit.
 */
export function attachEntityPicker(
  input: HTMLInputElement,
  suggestions: HTMLDataListElement,
): () => Promise<string | null> {
  const search = (text: string) =>
    requestGraphQL(ExplorerSearchDocument, { query: text.slice(0, 200) }).then((data) => data.search);

  input.addEventListener(
    'input',
    debounce(async () => {
      const text = input.value.trim();
      if (!text || text.includes(':')) return;
      try {
        const hits = await search(text);
        suggestions.replaceChildren(
          ...hits.map((hit) =>
            element('option', {
              value: hit.entity.id,
              label: `${hit.entity.name} · ${humanize(hit.entity.kind)}`,
            }),
          ),
        );
      } catch {
        // Suggestions are a convenience; resolve() reports a real failure.
      }
    }, 200),
  );

  return async () => {
    const text = input.value.trim();
    if (!text) return null;
    if (/^[a-z]+:\S+$/.test(text)) return text;
    const [best] = await search(text);
    return best?.entity.id ?? null;
  };
}
