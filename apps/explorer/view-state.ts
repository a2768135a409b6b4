/**
 * Everything that makes a view, kept in the URL's query string so a view can be shared (a permalink)
 * and so Back, Forward, Undo and Redo are one mechanism: each change pushes a history entry and the
 * page redraws from the entry's state. The drawing is rebuilt by replaying `steps` in order, which
 * gives the same positions every time (see graph-model.ts).
 */
export interface ViewState {
  /** Neighbourhoods loaded, in order; `types` limits an expansion to some relationship types. */
  steps: { id: string; types: string[] | null }[];
  /** A path between two entities, drawn on top of the steps. */
  path: { from: string; to: string; all: boolean } | null;
  /** Entities the analyst hid. */
  hidden: string[];
  /** The entity or relationship whose details are shown. */
  selected: string | null;
  filters: ViewFilters;
  colorBy: 'kind' | 'community';
  sizeBy: 'degree' | 'pageRank' | 'betweenness';
  layout: 'force' | 'map';
  edgeLabels: boolean;
}

/** What the filters hide. Each list names what is shown; null shows everything. */
export interface ViewFilters {
  types: string[] | null;
  statuses: string[] | null;
  /** ISO date: relationships valid on it. */
  asOf: string | null;
  /** With `asOf`, whether relationships without dates are hidden too. */
  hideUndated: boolean;
}

export const EMPTY_VIEW: ViewState = {
  steps: [],
  path: null,
  hidden: [],
  selected: null,
  filters: { types: null, statuses: null, asOf: null, hideUndated: false },
  colorBy: 'kind',
  sizeBy: 'degree',
  layout: 'force',
  edgeLabels: false,
};

const LIST = ',';

/** The query string for a state; empty parts are left out so a plain view has a short URL. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.steps.length > 0)
    params.set(
      'show',
      state.steps.map((step) => (step.types ? `${step.id}~${step.types.join('+')}` : step.id)).join(LIST),
    );
  if (state.path)
    params.set('path', `${state.path.from}${LIST}${state.path.to}${state.path.all ? ',all' : ''}`);
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(LIST));
  if (state.selected) params.set('sel', state.selected);
  const { filters } = state;
  if (filters.types) params.set('types', filters.types.join(LIST));
  if (filters.statuses) params.set('status', filters.statuses.join(LIST));
  if (filters.asOf) params.set('asOf', filters.asOf);
  if (filters.hideUndated) params.set('undated', 'hide');
  if (state.colorBy !== 'kind') params.set('color', state.colorBy);
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.layout !== 'force') params.set('layout', state.layout);
  if (state.edgeLabels) params.set('edgeLabels', 'on');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads a state from a query string; anything unreadable falls back to the empty view's value. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string) => {
    const value = params.get(name);
    return value === null ? null : value.split(LIST).filter(Boolean);
  };
  const steps = (list('show') ?? []).map((item) => {
    const [id = '', types] = item.split('~');
    return { id, types: types ? types.split('+') : null };
  });
  const [from, to, all] = list('path') ?? [];
  const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    steps: steps.filter((step) => step.id !== ''),
    path: from && to ? { from, to, all: all === 'all' } : null,
    hidden: list('hide') ?? [],
    selected: params.get('sel'),
    filters: {
      types: list('types'),
      statuses: list('status'),
      asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : null,
      hideUndated: params.get('undated') === 'hide',
    },
    colorBy: oneOf(params.get('color'), ['kind', 'community'], 'kind'),
    sizeBy: oneOf(params.get('size'), ['degree', 'pageRank', 'betweenness'], 'degree'),
    layout: oneOf(params.get('layout'), ['force', 'map'], 'force'),
    edgeLabels: params.get('edgeLabels') === 'on',
  };
}
