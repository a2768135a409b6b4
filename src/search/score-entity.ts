import type { EntityRecord } from '../model/index.js';
import { codePointLength, searchFieldsOf } from './search-fields.js';
import { normalizePhrase, tokenize } from './tokenize.js';

/** What the scorer needs of a query, computed once per search. */
export interface PreparedQuery {
  phrase: string;
  tokens: string[];
}

export function prepareQuery(query: string): PreparedQuery {
  return { phrase: normalizePhrase(query), tokens: [...new Set(tokenize(query))] };
}

/**
 * The relevance of an entity to a query, in [0, 1]; 0 means no match. An entity matches when every
 * query token begins some token of its name, aliases or description. Exact and leading matches of the
 * name rank first, then aliases, then word matches, then description-only matches. The embedded store
 * ranks with this function; Neo4j ranks in its search statement with the same rules, written in Cypher
 * (cypher/read/search.ts), and the cross-store tests hold the two to the same scores.
 */
export function scoreEntity(query: PreparedQuery, entity: SearchableEntity): number {
  if (query.tokens.length === 0) return 0;
  const { name, aliases, nameTokens, aliasTokens, descriptionTokens } = searchFormOf(entity);
  if (name === query.phrase) return 1;
  if (aliases.includes(query.phrase)) return 0.95;
  if (name.startsWith(query.phrase))
    return round(0.8 + 0.1 * (codePointLength(query.phrase) / codePointLength(name)));
  if (aliases.some((alias) => alias.startsWith(query.phrase))) return 0.78;

  const inName = coverage(query.tokens, nameTokens);
  if (inName === query.tokens.length) return round(0.5 + 0.25 * (query.tokens.length / nameTokens.length));
  const inNames = inName + coverage(query.tokens, aliasTokens, nameTokens);
  if (inNames === query.tokens.length) return round(0.45 + 0.05 * (inName / query.tokens.length));
  const all = [...nameTokens, ...aliasTokens, ...descriptionTokens];
  if (coverage(query.tokens, all) === query.tokens.length)
    return round(0.2 + 0.2 * (inNames / query.tokens.length));
  return 0;
}

type SearchableEntity = Pick<EntityRecord, 'name' | 'aliases' | 'description'>;

/** An entity's text as the scorer compares it: normalised once, not on every search. */
interface SearchForm {
  name: string;
  aliases: string[];
  nameTokens: string[];
  aliasTokens: string[];
  descriptionTokens: string[];
}

/**
 * Records are immutable (the embedded store freezes them), so an entity's normalised text can be
 * kept with it: a search whose words begin thousands of names scores them without re-tokenising
 * every description each time (that was most of a search at 100k entities).
 */
const searchForms = new WeakMap<SearchableEntity, SearchForm>();

function searchFormOf(entity: SearchableEntity): SearchForm {
  let form = searchForms.get(entity);
  if (!form) {
    const { name, aliases, description } = searchFieldsOf(entity);
    form = {
      name,
      aliases,
      nameTokens: name.split(' '),
      aliasTokens: aliases.flatMap((alias) => alias.split(' ')),
      descriptionTokens: description === '' ? [] : description.split(' '),
    };
    searchForms.set(entity, form);
  }
  return form;
}

/** Orders hits best first: score, then name, then id (so ties are stable across stores). */
export function compareHits(
  a: { score: number; entity: { name: string; id: string } },
  b: { score: number; entity: { name: string; id: string } },
): number {
  return (
    b.score - a.score || compareText(a.entity.name, b.entity.name) || compareText(a.entity.id, b.entity.id)
  );
}

/** Plain code-unit order, the same as Cypher's string ordering. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many query tokens begin some token of `tokens` (not counting those `already` covers). */
function coverage(queryTokens: string[], tokens: string[], already: string[] = []): number {
  const begins = (list: string[], q: string) => list.some((token) => token.startsWith(q));
  return queryTokens.filter((q) => !begins(already, q) && begins(tokens, q)).length;
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
