import { describe, expect, it } from 'vitest';
import { createTextsWithinLimits } from '../../src/server/texts-within-limits.js';

describe('createTextsWithinLimits', () => {
  it('remembers short texts, never a longer one, and forgets all at once when full', () => {
    const texts = createTextsWithinLimits(2, 10);
    texts.add('{ a }');
    texts.add('{ aaaaaaaaaa }');
    expect(texts.has('{ a }')).toBe(true);
    expect(texts.has('{ aaaaaaaaaa }')).toBe(false);
    texts.add('{ b }');
    expect(texts.has('{ b }')).toBe(true);
    texts.add('{ c }');
    expect([texts.has('{ a }'), texts.has('{ b }'), texts.has('{ c }')]).toEqual([false, false, true]);
  });
});
