import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, EVENT_TYPE_PROGRESS, progressStatusOf } from '../../src/model/index.js';

/** The progress rule table (docs/analysts.md): each event type, and how several combine. */
describe('progress status rule table', () => {
  it.each([
    ['OPENED', 'DONE'],
    ['COMPLETED', 'DONE'],
    ['FOUNDED', 'DONE'],
    ['JOINED', 'DONE'],
    ['SIGNED', 'UNDER_WAY'],
    ['STARTED', 'UNDER_WAY'],
    ['LAUNCHED', 'UNDER_WAY'],
    ['HELD', 'UNDER_WAY'],
  ] as const)('reads one %s event as %s', (type, status) => {
    expect(progressStatusOf([type])).toBe(status);
  });

  it('gives every event type a row', () => {
    expect(Object.keys(EVENT_TYPE_PROGRESS).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('is NO_REPORT without events and the furthest status of several, whatever their order', () => {
    expect(progressStatusOf([])).toBe('NO_REPORT');
    expect(progressStatusOf(['SIGNED', 'HELD'])).toBe('UNDER_WAY');
    expect(progressStatusOf(['SIGNED', 'OPENED', 'HELD'])).toBe('DONE');
    expect(progressStatusOf(['OPENED', 'SIGNED'])).toBe('DONE');
  });
});
