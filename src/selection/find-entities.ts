import type { EntityRecord } from '../model/index.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { NotFoundError } from '../errors.js';

/** How to look entities up: by default the store; resolvers pass their request's entity DataLoader. */
export type FindEntities = (ids: readonly string[]) => Promise<readonly (EntityRecord | Error | null)[]>;

/** The store's own lookup, for doors without a DataLoader. */
export function findInStore(store: KnowledgeGraphStore): FindEntities {
  return (ids) => store.getEntities(ids);
}

/** Fails with NOT_FOUND for the first of `ids` that is not an entity. */
export async function requireEntities(ids: readonly string[], findEntities: FindEntities): Promise<void> {
  const found = await findEntities(ids);
  ids.forEach((id, index) => {
    const entity = found[index];
    if (!entity || entity instanceof Error) throw new NotFoundError('entity', id);
  });
}
