import DataLoader from 'dataloader';
import type { EntityRecord } from '../model/index.js';

/**
 * The request's entity loader, which can also say at once what it already holds (`peek`).
 *
 * Why: a relationship's `from` and `to`, and an edge's `other`, find their entity in this loader's
 * cache nearly always (the read that brought the relationship brought its ends, or primed them). A
 * DataLoader answers even a cached key with a promise, which graphql-js must then wait on: on the
 * bench's depth-2 neighbourhood that was two promises per relationship shown, several hundred a
 * request (issue 15). Resolvers that `peek` first answer those fields synchronously and fall back to
 * `load`. `peek` holds exactly the records this loader has settled on: the first primed or loaded
 * for each id, as DataLoader keeps the first, and forgets what `clear` and `clearAll` clear.
 */
export class EntityLoader extends DataLoader<string, EntityRecord | null> {
  readonly #held: Map<string, EntityRecord>;
  readonly #cache: Map<string, Promise<EntityRecord | null>>;

  constructor(getEntities: (ids: readonly string[]) => Promise<(EntityRecord | null)[]>) {
    const held = new Map<string, EntityRecord>();
    const cache = new Map<string, Promise<EntityRecord | null>>();
    super(
      async (ids) => {
        const entities = await getEntities(ids);
        entities.forEach((entity, index) => {
          // Only what is still cached: a key cleared while its batch ran is loaded anew next time.
          if (entity && cache.has(ids[index]!)) held.set(ids[index]!, entity);
        });
        return entities;
      },
      { name: 'entity', maxBatchSize: 1000, cacheMap: cache },
    );
    this.#held = held;
    this.#cache = cache;
  }

  /** The record this loader holds for `id`, if it has settled on one; undefined otherwise. */
  peek(id: string): EntityRecord | undefined {
    return this.#held.get(id);
  }

  override prime(id: string, value: EntityRecord | null | Error): this {
    // DataLoader keeps the first value it has for a key, primed or loading; so does `peek`.
    if (!this.#cache.has(id) && value && !(value instanceof Error)) this.#held.set(id, value);
    return super.prime(id, value);
  }

  override clear(id: string): this {
    this.#held.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.#held.clear();
    return super.clearAll();
  }
}
