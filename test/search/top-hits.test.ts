import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHits, TopHits } from '../../src/search/index.js';

const hit = fc.record({
  score: fc.constantFrom(0.2, 0.45, 0.5, 0.78, 1),
  entity: fc.record({ name: fc.constantFrom('A', 'B', 'b', 'Wenzhou'), id: fc.string({ maxLength: 3 }) }),
});

describe('TopHits', () => {
  it('keeps exactly what sorting everything and cutting would', () => {
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (hits, first) => {
        const top = new TopHits<(typeof hits)[number]>(first);
        for (const item of hits) top.offer(item);
        expect(top.toArray()).toEqual([...hits].sort(compareHits).slice(0, first));
      }),
    );
  });
});
