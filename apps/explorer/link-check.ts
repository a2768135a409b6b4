import { RELATIONSHIP_TYPES } from '../../src/model/generated/vocabulary.js';
import { isEntityId, parseRelationshipId } from '../../src/model/ids.js';
import type { ViewState } from './view-state.js';

/** A view read from a link, and the parts of the link it had to leave out. */
export interface CheckedView {
  state: ViewState;
  /** What the link named that is not an id or a relationship type, in the link's order, once each. */
  malformed: string[];
}

/**
 * Leaves out of a view read from a link every id that is not an id and every relationship type that is
 * not a type, keeping the rest. The server refuses such a name (BAD_USER_INPUT), and one refusal used to
 * fail the whole drawing, so a mistyped or cut-off link opened a blank page. A well-formed id the server
 * does not hold is kept: the drawing says so once it has asked (a stale link).
 */
export function checkLinkedView(state: ViewState): CheckedView {
  const malformed = new Set<string>();
  const keep = (isValid: (name: string) => boolean) => (name: string) => {
    if (isValid(name)) return true;
    malformed.add(name);
    return false;
  };
  const entity = keep(isEntityId);
  const type = keep(isRelationshipType);
  const types = (list: string[] | null) => {
    if (list === null) return null;
    const known = list.filter(type);
    // A list left empty would show nothing at all; the link meant some types, and none are readable.
    return known.length > 0 ? known : null;
  };
  const steps = state.steps
    .filter((step) => entity(step.id))
    .map((step) => ({ id: step.id, types: types(step.types) }));
  // Both ends are checked (not `&&`), so the status names each bad one.
  const pathEnds = state.path ? [entity(state.path.from), entity(state.path.to)] : [];
  const path = pathEnds.every(Boolean) ? state.path : null;
  const selected =
    state.selected !== null &&
    keep((id) => isEntityId(id) || parseRelationshipId(id) !== null)(state.selected)
      ? state.selected
      : null;
  return {
    state: {
      ...state,
      steps,
      path,
      hidden: state.hidden.filter(entity),
      selected,
      filters: { ...state.filters, types: types(state.filters.types) },
    },
    malformed: [...malformed],
  };
}

/** The sentence the status line gives for what `checkLinkedView` left out. */
export function describeMalformed(malformed: string[]): string {
  const names = malformed.map((name) => `“${name}”`).join(', ');
  return malformed.length === 1
    ? `${names} in the link is not an id or a relationship type, so it was left out (ids look like “city:wenzhou”).`
    : `${names} in the link are not ids or relationship types, so they were left out (ids look like “city:wenzhou”).`;
}

function isRelationshipType(name: string): boolean {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(name);
}
