import { element } from './element.js';
import type { EdgeAttributes } from './graph-model.js';
import { humanize } from './palette.js';
import { relationshipName } from './relationship-style.js';
import type { ViewFilters } from './view-state.js';

/** Statuses as the filter offers them; `NONE` stands for relationships whose status is not stated. */
export const STATUSES = ['EXISTING', 'PLANNED', 'PROPOSED', 'NONE'] as const;

/** Why the filters hide a relationship, or null when it is shown. */
export type HiddenBecause = 'type' | 'status' | 'date' | 'undated' | null;

/** Applies the filters to one relationship. Dates may be partial (`2025`, `2025-06`). */
export function hiddenBecause(edge: EdgeAttributes, filters: ViewFilters): HiddenBecause {
  if (filters.types && !filters.types.includes(edge.relType)) return 'type';
  if (filters.statuses && !filters.statuses.includes(edge.status ?? 'NONE')) return 'status';
  if (filters.asOf) {
    if (!edge.validFrom && !edge.validTo) return filters.hideUndated ? 'undated' : null;
    const from = edge.validFrom ? padDate(edge.validFrom, '01') : '0000';
    const to = edge.validTo ? padDate(edge.validTo, '31') : '9999';
    if (filters.asOf < from || filters.asOf > to) return 'date';
  }
  return null;
}

function padDate(date: string, fill: string): string {
  const parts = date.split('-');
  while (parts.length < 3) parts.push(fill);
  return parts.join('-');
}

/** One sentence that says what the filters hide, with counts, or that they hide nothing. */
export function describeHidden(
  counts: Record<Exclude<HiddenBecause, null>, number>,
  total: number,
  undatedShown: number,
  filters: ViewFilters,
): string {
  const parts = [
    counts.type && `${counts.type} by type`,
    counts.status && `${counts.status} by status`,
    counts.date && `${counts.date} not valid on ${filters.asOf}`,
    counts.undated && `${counts.undated} without dates`,
  ].filter(Boolean);
  const hidden = counts.type + counts.status + counts.date + counts.undated;
  const sentence =
    hidden === 0
      ? `Filters hide nothing: all ${total} relationships are shown.`
      : `Filters hide ${hidden} of ${total} relationships: ${parts.join(', ')}.`;
  return filters.asOf && !filters.hideUndated && undatedShown > 0
    ? `${sentence} ${undatedShown} have no dates and stay shown.`
    : sentence;
}

export interface FiltersPanelOptions {
  typeList: HTMLElement;
  statusList: HTMLElement;
  asOf: HTMLInputElement;
  hideUndated: HTMLInputElement;
  /** Every relationship type with its count in the whole graph (from `summary`). */
  types: { type: string; count: number }[];
  onChange(filters: ViewFilters): void;
}

/** Checkboxes for types and statuses, the date and the undated switch; `set` shows a state. */
export function createFiltersPanel(options: FiltersPanelOptions): { set(filters: ViewFilters): void } {
  const checklist = (
    list: HTMLElement,
    values: readonly string[],
    label: (value: string) => string,
    testId: string,
  ) => {
    const boxes = values.map((value) => {
      const box = element('input', {
        type: 'checkbox',
        value,
        checked: true,
        'data-testid': `${testId}-${value}`,
      });
      list.append(element('li', {}, element('label', {}, box, element('span', {}, label(value)))));
      box.addEventListener('change', changed);
      return box;
    });
    list.before(
      element(
        'div',
        { class: 'button-row' },
        element('button', { type: 'button', class: 'small', onclick: () => setAll(boxes, true) }, 'All'),
        element('button', { type: 'button', class: 'small', onclick: () => setAll(boxes, false) }, 'None'),
      ),
    );
    return boxes;
  };
  const setAll = (boxes: HTMLInputElement[], checked: boolean) => {
    for (const box of boxes) box.checked = checked;
    changed();
  };
  const chosen = (boxes: HTMLInputElement[]) =>
    boxes.every((box) => box.checked) ? null : boxes.filter((box) => box.checked).map((box) => box.value);
  const changed = () =>
    options.onChange({
      types: chosen(typeBoxes),
      statuses: chosen(statusBoxes),
      asOf: options.asOf.value || null,
      hideUndated: options.hideUndated.checked,
    });

  const typeBoxes = checklist(
    options.typeList,
    options.types.map(({ type }) => type),
    relationshipName,
    'filter',
  );
  const statusBoxes = checklist(
    options.statusList,
    STATUSES,
    (status) => (status === 'NONE' ? 'Not stated' : humanize(status)),
    'status',
  );
  options.asOf.addEventListener('change', changed);
  options.hideUndated.addEventListener('change', changed);

  return {
    set(filters) {
      for (const box of typeBoxes) box.checked = !filters.types || filters.types.includes(box.value);
      for (const box of statusBoxes) box.checked = !filters.statuses || filters.statuses.includes(box.value);
      options.asOf.value = filters.asOf ?? '';
      options.hideUndated.checked = filters.hideUndated;
    },
  };
}
