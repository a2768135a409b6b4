import type { EntityRecord } from '../../model/index.js';
import { compareText, tokenize } from '../../search/index.js';

/**
 * A prefix index over every token of every entity's name, aliases and description: a sorted token
 * list, binary-searched for the range of tokens a query token begins. Candidates are the entities
 * that have, for every query token, some token it begins; the shared scorer then ranks them.
 */
export class TokenIndex {
  private readonly tokens: string[];
  private readonly postings: Map<string, Set<string>>;

  constructor(entities: Iterable<EntityRecord>) {
    this.postings = new Map();
    for (const entity of entities) {
      for (const token of tokenize([entity.name, ...entity.aliases, entity.description ?? ''].join(' '))) {
        let ids = this.postings.get(token);
        if (!ids) this.postings.set(token, (ids = new Set()));
        ids.add(entity.id);
      }
    }
    this.tokens = [...this.postings.keys()].sort(compareText);
  }

  /** Ids of the entities that match every query token as a prefix. */
  candidates(queryTokens: readonly string[]): Set<string> {
    let result: Set<string> | null = null;
    for (const queryToken of queryTokens) {
      const matching = new Set<string>();
      for (let i = this.lowerBound(queryToken); i < this.tokens.length; i++) {
        const token = this.tokens[i]!;
        if (!token.startsWith(queryToken)) break;
        for (const id of this.postings.get(token)!) {
          if (result === null || result.has(id)) matching.add(id);
        }
      }
      result = matching;
      if (result.size === 0) break;
    }
    return result ?? new Set();
  }

  private lowerBound(prefix: string): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareText(this.tokens[middle]!, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
