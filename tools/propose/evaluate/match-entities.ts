import { singular } from '../entity-heads.js';
import { normaliseName } from '../normalise-name.js';
import type { ProposedEntity } from '../proposal.js';
import type { CuratedEntity } from './read-curated.js';

/** Words after which a name's head has been said: "platform | of …", "cluster | in …". */
const POST_HEAD = /\s(of|in|for|with|between|on|to|from|like|linking|influencing|combining|as)\s.*$/;

/** The head noun of a name: the last word before any "of/in/for …" phrase, singular. */
export function headOf(name: string): string {
  const normal = normaliseName(name).replace(POST_HEAD, '');
  return singular(normal.split(' ').pop() ?? '');
}

function containsWords(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

/**
 * The curated entities a proposed entity matches. The rule (docs/propose.md):
 * 1. same name: a name or alias of the proposal equals a name or alias of the curated entity after
 *    normalisation (case, quotes, punctuation and a leading article ignored), or the proposal is
 *    the curated entity itself (its id, found by name with the gazetteer);
 * 2. one name inside the other: the head nouns agree and one normalised name contains the other as
 *    whole words, the shorter having at least two words ("major regional international hub airport
 *    in the country" ⊃ "major regional international hub airport");
 * 3. same place in the text: the head nouns agree, the proposal has at least two words, and one of
 *    its mentions lies inside a span of the source quoted as evidence for the curated entity.
 * Kinds are not compared here; the evaluation reports kind agreement separately.
 */
export function matchEntity(proposal: ProposedEntity, curated: readonly CuratedEntity[]): Set<string> {
  const matches = new Set<string>();
  const names = [proposal.name, ...proposal.aliases].map(normaliseName);
  const head = headOf(proposal.name);
  const words = normaliseName(proposal.name).split(' ').length;
  for (const entity of curated) {
    if (proposal.known && proposal.id === entity.id) {
      matches.add(entity.id);
      continue;
    }
    const curatedNames = [entity.name, ...entity.aliases].map(normaliseName);
    if (names.some((name) => curatedNames.includes(name))) {
      matches.add(entity.id);
      continue;
    }
    if (head === '' || head !== headOf(entity.name)) continue;
    const contained = curatedNames.some((curatedName) =>
      names.some((name) => {
        const [shorter, longer] =
          name.length <= curatedName.length ? [name, curatedName] : [curatedName, name];
        return shorter.split(' ').length >= 2 && containsWords(longer, shorter);
      }),
    );
    const sameSpan =
      words >= 2 &&
      proposal.mentions.some((mention) =>
        entity.quotedSpans.some(([start, end]) => mention.start >= start && mention.end <= end),
      );
    if (contained || sameSpan) matches.add(entity.id);
  }
  return matches;
}
