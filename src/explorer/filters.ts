import { element } from './element.js';
import { humanize } from './palette.js';

/** What the user filters the graph by. */
export interface FilterState {
  /** The relationship types to draw; null for every type. */
  relationshipTypes: string[] | null;
  /** ISO date: only relationships valid on it; null for no date filter. */
  asOf: string | null;
}

export interface FiltersOptions {
  typeList: HTMLElement;
  asOf: HTMLInputElement;
  /** Every relationship type with its count in the whole graph (from `summary`). */
  types: { type: string; count: number }[];
  /** False when the server has no `time` argument yet: the date input is disabled and says why. */
  timeFilter: boolean;
  onChange(state: FilterState): void;
}

/** Relationship-type checkboxes and the as-of date. Calls `onChange` after each change. */
export function attachFilters(options: FiltersOptions): () => FilterState {
  const boxes = options.types.map(({ type, count }) => {
    const box = element('input', {
      type: 'checkbox',
      name: 'relationshipType',
      value: type,
      checked: true,
      'data-testid': `filter-${type}`,
    });
    options.typeList.append(
      element(
        'li',
        {},
        element(
          'label',
          {},
          box,
          element('span', {}, humanize(type)),
          element('span', { class: 'count' }, String(count)),
        ),
      ),
    );
    return box;
  });

  const read = (): FilterState => {
    const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
    return {
      relationshipTypes: chosen.length === boxes.length ? null : chosen,
      asOf: options.timeFilter && options.asOf.value ? options.asOf.value : null,
    };
  };
  const changed = () => options.onChange(read());

  for (const box of boxes) box.addEventListener('change', changed);
  const setAll = (checked: boolean) => () => {
    for (const box of boxes) box.checked = checked;
    changed();
  };
  options.typeList.before(
    element(
      'div',
      { class: 'button-row' },
      element('button', { type: 'button', class: 'small', onclick: setAll(true) }, 'All'),
      element('button', { type: 'button', class: 'small', onclick: setAll(false) }, 'None'),
    ),
  );
  if (options.timeFilter) options.asOf.addEventListener('change', changed);
  else {
    options.asOf.disabled = true;
    options.asOf.title = 'This server does not filter by date yet.';
  }
  return read;
}
