import { describe, expect, it } from 'vitest';
import { errorMediaType } from '../../src/server/error-media-type.js';

describe('errorMediaType', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['text/html', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    // Apollo Client's and the explorer's header: equal q, the earlier range wins.
    ['application/graphql-response+json, application/json', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/json;q=0.9, application/graphql-response+json', 'application/graphql-response+json'],
    // A type is ranked by its most exact range: json's own q=0.5 beats the */* that names it too.
    ['application/json;q=0.5, */*', 'application/graphql-response+json'],
    ['application/graphql-response+json;q=0, */*', 'application/json'],
  ])('picks for Accept %j: %s', (accept, expected) => {
    expect(errorMediaType(accept)).toBe(expected);
  });
});
