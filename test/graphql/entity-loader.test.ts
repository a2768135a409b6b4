import { describe, expect, it } from 'vitest';
import { EntityLoader } from '../../src/graphql/entity-loader.js';
import type { EntityRecord } from '../../src/model/index.js';

const record = (id: string, name = id): EntityRecord =>
  ({ id, kind: 'CITY', name, aliases: [], attributes: {}, evidence: [] }) as unknown as EntityRecord;

/** A loader over a store of `held` records, counting the batches it asks for. */
function loaderOver(held: EntityRecord[]) {
  const batches: string[][] = [];
  const loader = new EntityLoader(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => held.find((entity) => entity.id === id) ?? null);
  });
  return { loader, batches };
}

describe('EntityLoader.peek', () => {
  it('holds nothing until a record is primed or loaded', async () => {
    const { loader, batches } = loaderOver([record('city:a')]);
    expect(loader.peek('city:a')).toBeUndefined();
    await loader.load('city:a');
    expect(loader.peek('city:a')).toEqual(record('city:a'));
    expect(batches).toEqual([['city:a']]);
    loader.prime('city:b', record('city:b'));
    expect(loader.peek('city:b')).toEqual(record('city:b'));
    expect(await loader.load('city:b')).toEqual(record('city:b'));
    expect(batches).toHaveLength(1);
  });

  it('keeps the first record for an id, as the loader does', async () => {
    const { loader } = loaderOver([record('city:a', 'Loaded')]);
    const loading = loader.load('city:a');
    loader.prime('city:a', record('city:a', 'Primed later'));
    expect(await loading).toEqual(record('city:a', 'Loaded'));
    expect(loader.peek('city:a')?.name).toBe('Loaded');
    loader.prime('city:b', record('city:b', 'First'));
    loader.prime('city:b', record('city:b', 'Second'));
    expect(loader.peek('city:b')?.name).toBe('First');
    expect((await loader.load('city:b'))?.name).toBe('First');
  });

  it('holds no unknown id, no primed null and no primed error', async () => {
    const { loader } = loaderOver([]);
    expect(await loader.load('city:none')).toBeNull();
    loader.prime('city:null', null);
    loader.prime('city:error', new Error('broken'));
    for (const id of ['city:none', 'city:null', 'city:error']) expect(loader.peek(id)).toBeUndefined();
  });

  it('forgets what clear and clearAll clear, and loads it again', async () => {
    const { loader, batches } = loaderOver([record('city:a'), record('city:b')]);
    await loader.loadMany(['city:a', 'city:b']);
    loader.clear('city:a');
    expect(loader.peek('city:a')).toBeUndefined();
    expect(loader.peek('city:b')).toEqual(record('city:b'));
    loader.clearAll();
    expect(loader.peek('city:b')).toBeUndefined();
    await loader.load('city:b');
    expect(batches).toEqual([['city:a', 'city:b'], ['city:b']]);
    expect(loader.peek('city:b')).toEqual(record('city:b'));
  });

  it('holds nothing a clear dropped while its batch was loading', async () => {
    const { loader } = loaderOver([record('city:a')]);
    const loading = loader.load('city:a');
    loader.clear('city:a');
    await loading;
    expect(loader.peek('city:a')).toBeUndefined();
  });
});
