import type { EntityKind } from '../../src/model/index.js';
import type { SentenceAnalysis } from './find-mentions.js';
import { longest } from './mention-lists.js';
import { PLACE_KINDS, type Propose } from './propose-relationship.js';

/** Kinds a name may place in a city: "Wenzhou Comprehensive FTZ", "World (Wenzhou) … Pilot Zone". */
const PLACED_BY_NAME: ReadonlySet<EntityKind> = new Set([
  'PARK',
  'ORGANIZATION',
  'INFRASTRUCTURE',
  'UNIVERSITY',
]);
const TITLES = /^(director|mayor|secretary|chairman|chairwoman|minister|governor|president|head|chief)$/;

/** Names that place a thing or make it part of another: "Wenzhou (Jiading) … Park", "… Zone of Zhejiang Pilot FTZ", "Jiading Industrial Zone Wenzhou Park". */
export function findNameRelationships(analysis: SentenceAnalysis, propose: Propose): void {
  const { words, mentions } = analysis;
  for (const thing of mentions) {
    if (!PLACED_BY_NAME.has(thing.kind) || !words[thing.firstWord]!.capitalised) continue;
    const inside = mentions.filter(
      (other) =>
        other !== thing &&
        other.start >= thing.start &&
        other.end <= thing.end &&
        !(other.start === thing.start && other.end === thing.end),
    );
    const places = inside.filter((other) => PLACE_KINDS.has(other.kind));
    const bracketed = places.find((place) => words[place.firstWord - 1]?.text === '(');
    const leading = places.find((place) => place.firstWord === thing.firstWord);
    const place = bracketed ?? leading;
    if (place) propose('LOCATED_IN', thing, place, bracketed ? 'name: (Place)' : 'name: Place …', thing);
    for (const whole of inside.filter((other) => other.kind === thing.kind && other.rule === 'head')) {
      const afterOf = words[whole.firstWord - 1]?.lower === 'of';
      const leadingPart = whole.firstWord === thing.firstWord && words[whole.lastWord + 1]?.capitalised;
      if (afterOf || leadingPart)
        propose('PART_OF', thing, whole, afterOf ? 'name: X of Y' : 'name: Y X', thing);
    }
  }
}

/** "Huang Yangxu, Director of the Wenzhou Development and Reform Commission": the organisation is LED_BY the person. */
export function findLeaders(analysis: SentenceAnalysis, propose: Propose): void {
  const { words, mentions } = analysis;
  for (const person of mentions.filter((mention) => mention.kind === 'PERSON')) {
    const title = words[person.lastWord + 2];
    if (
      words[person.lastWord + 1]?.text !== ',' ||
      !title ||
      !TITLES.test(title.lower) ||
      words[person.lastWord + 3]?.lower !== 'of'
    )
      continue;
    let orgStart = person.lastWord + 4;
    if (words[orgStart]?.lower === 'the') orgStart += 1;
    const organisation = longest(
      mentions.filter((mention) => mention.firstWord === orgStart && mention.kind === 'ORGANIZATION'),
    );
    if (organisation)
      propose('LED_BY', organisation, person, `cue: ${title.text} of`, {
        start: person.start,
        end: organisation.end,
      });
  }
}
