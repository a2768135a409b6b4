import { describe, expect, it } from 'vitest';
import { groundingProblemOf, ungroundedIds, type Footing } from '../../src/validation/index.js';

const sourced = (id: string): Footing => ({ id, sourced: true, inferences: [] });
const inferring = (id: string, ...bases: string[][]): Footing => ({
  id,
  sourced: false,
  inferences: bases.map((basis, index) => ({ index, basis })),
});
const mapOf = (...footings: Footing[]) => new Map(footings.map((footing) => [footing.id, footing]));

describe('the grounding rule', () => {
  it('grounds a chain of inferences that ends in a source, however long', () => {
    const chain = Array.from({ length: 50 }, (_, index) => inferring(`r${index}`, [`r${index + 1}`]));
    expect(ungroundedIds(mapOf(...chain, sourced('r50')))).toEqual(new Set());
  });

  it('grounds nothing of a ring, nor what rests on it', () => {
    const footings = mapOf(inferring('a', ['b']), inferring('b', ['a']), inferring('c', ['a']), sourced('d'));
    expect(ungroundedIds(footings)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('needs every inference of an unsourced record to be grounded, not one of them', () => {
    const footings = mapOf(inferring('a', ['d'], ['b']), inferring('b', ['a']), sourced('d'));
    expect(ungroundedIds(footings)).toEqual(new Set(['a', 'b']));
    expect(groundingProblemOf('a', footings, ungroundedIds(footings))).toEqual({
      index: 1,
      chain: 'a rests on b, which rests on a',
    });
  });

  it('needs every id of a basis to be grounded, and counts an id it has no footing of as not', () => {
    expect(ungroundedIds(mapOf(inferring('a', ['d', 'e']), sourced('d')))).toEqual(new Set(['a']));
  });
});
