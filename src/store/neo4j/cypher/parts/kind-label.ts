import { isEntityKind, KIND_TYPE_NAMES, type EntityKind } from '../../../../model/index.js';

/** A kind's label, checked against the closed vocabulary before it is written into a statement. */
export function kindLabel(kind: EntityKind): string {
  if (!isEntityKind(kind)) throw new Error(`Not an entity kind: ${JSON.stringify(kind)}`);
  return KIND_TYPE_NAMES[kind];
}
