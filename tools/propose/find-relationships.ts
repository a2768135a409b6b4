import type { EntityKind, RelationshipStatus, RelationshipType } from '../../src/model/index.js';
import type { EntityIndex } from './build-entities.js';
import { splitClauses, type Clause } from './clauses.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Mention } from './mention.js';
import type { EvidenceSpan, ProposedEntity, ProposedRelationship } from './proposal.js';
import { CUES, findCue, HOURS, numberOf, statusOf, type Cue } from './relationship-cues.js';
import { sectionAt, type Section } from './sections.js';

const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['CITY', 'DISTRICT', 'REGION']);
/** Kinds that are an action under a task when named in its section (docs/dataset-format.md, PART_OF_TASK). */
const TASK_ACTION_KINDS: ReadonlySet<EntityKind> = new Set([
  'PARK',
  'FUND',
  'UNIVERSITY',
  'INITIATIVE',
  'INDUSTRY',
  'INFRASTRUCTURE',
  'ORGANIZATION',
]);
/** Kinds a name may place in a city: "Wenzhou Comprehensive FTZ", "World (Wenzhou) … Pilot Zone". */
const PLACED_BY_NAME: ReadonlySet<EntityKind> = new Set([
  'PARK',
  'ORGANIZATION',
  'INFRASTRUCTURE',
  'UNIVERSITY',
]);
const TITLES = /^(director|mayor|secretary|chairman|chairwoman|minister|governor|president|head|chief)$/;
const PRONOUNS = new Set(['it', 'itself']);
/** Heads of a group whose "of …" phrase names its members. */
const GROUP_HEADS =
  /^(alliance|alliances|consortium|consortia|association|associations|federation|union|network|league)$/;

/** What the relationship rules read: the analysed sentences, their entities and the sections. */
export interface RelationshipContext {
  readonly text: string;
  readonly analyses: readonly SentenceAnalysis[];
  readonly entities: EntityIndex;
  readonly sections: readonly Section[];
}

/**
 * Candidate relationships: cue verbs between things named in one clause (cooperation with, integrate
 * into, N hours to reach, influencing, upgrading of … to, X in P), names that place a thing
 * ("Wenzhou Comprehensive FTZ"), and the document's structure (tasks of the plan, what each task
 * names, the goals it aims at). Each carries the clause as QUOTED evidence, widened to take in
 * both ends; one record per (from, type, to), the first clause found.
 */
export function findRelationships(context: RelationshipContext): ProposedRelationship[] {
  const found = new Map<string, ProposedRelationship>();
  const { text, analyses, entities, sections } = context;
  // Who acts when a sentence names no subject: the city the document names most.
  const plan = analyses.flatMap((analysis) => analysis.mentions).find((mention) => mention.kind === 'PLAN');
  let actor = mostNamedCity(analyses, entities);

  const propose = (
    type: RelationshipType,
    from: Mention | ProposedEntity,
    to: Mention | ProposedEntity,
    reason: string,
    span: { start: number; end: number },
    status?: RelationshipStatus,
    hours?: number,
  ): void => {
    const fromEntity = 'mentions' in from ? from : entities.entityOf(from);
    const toEntity = 'mentions' in to ? to : entities.entityOf(to);
    if (fromEntity.id === toEntity.id) return;
    const key = `${fromEntity.id} ${type} ${toEntity.id}`;
    if (found.has(key)) return;
    const evidence = evidenceFor(text, sections, span, [
      [fromEntity, 'mentions' in from ? undefined : from],
      [toEntity, 'mentions' in to ? undefined : to],
    ]);
    const properties = { ...(status ? { status } : {}), ...(hours !== undefined ? { hours } : {}) };
    found.set(key, {
      type,
      from: fromEntity.id,
      to: toEntity.id,
      reason,
      evidence: [evidence],
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    });
  };

  for (const analysis of analyses) {
    const { words, mentions } = analysis;
    const clauses = splitClauses(words);
    const subject = subjectOf(analysis, actor);
    if (subject?.rule === 'explicit' && subject.kind === 'CITY') actor = subject.mention ?? actor;
    for (const clause of clauses) {
      const inClause = mentions.filter(
        (mention) => mention.firstWord >= clause.first && mention.lastWord <= clause.last,
      );
      const outer = outermost(inClause);
      const clauseSpan = spanOf(analysis, clause);
      const status = statusOf(text.slice(clauseSpan.start, clauseSpan.end));
      const subjectSpan = (end: Mention): { start: number; end: number } => ({
        start: Math.min(clauseSpan.start, subject?.start ?? clauseSpan.start, end.start),
        end: Math.max(clauseSpan.end, end.end),
      });
      const subjectEnd = subject?.mention;
      // subject COOPERATES_WITH X: "cooperation with X", "exchanges between A and B"
      for (const cue of CUES.cooperation) {
        const at = findCue(words, cue, clause.first, clause.last);
        if (at < 0) continue;
        const link = words
          .slice(at + 1, at + 6)
          .findIndex((word) => word.lower === 'with' || word.lower === 'between');
        if (link < 0) continue;
        const linkAt = at + 1 + link;
        const listed = listAfter(outer, words, linkAt + 1, clause);
        const byWhom = words[at - 1]?.lower === 'by' ? listBefore(outer, words, at - 2, clause) : [];
        if (words[linkAt]!.lower === 'between' && listed.length >= 2)
          propose(
            'COOPERATES_WITH',
            listed[0]!,
            listed[1]!,
            `cue: ${words[at]!.lower} between`,
            clauseSpan,
            status,
          );
        // "promote A, B and C by cooperating with X": the things listed cooperate
        else if (byWhom.length > 0)
          for (const party of byWhom)
            for (const target of listed)
              propose(
                'COOPERATES_WITH',
                party,
                target,
                `cue: … by ${words[at]!.lower} with`,
                { start: party.start, end: target.end },
                status,
              );
        else if (subjectEnd)
          for (const target of listed)
            propose(
              'COOPERATES_WITH',
              subjectEnd,
              target,
              `cue: ${words[at]!.lower} with`,
              subjectSpan(target),
              status,
            );
        break;
      }
      if (subjectEnd) {
        for (const [cues, type] of [
          [CUES.membership, 'MEMBER_OF'],
          [CUES.hosting, 'HOSTS'],
        ] as const) {
          const target = firstAfterCue(cues, words, outer, clause);
          if (target)
            propose(
              type,
              subjectEnd,
              target.mention,
              `cue: ${target.cue}`,
              subjectSpan(target.mention),
              status,
            );
        }
        if (subjectEnd.kind === 'FUND') {
          const target = firstAfterCue(CUES.funding, words, outer, clause);
          if (target)
            propose(
              'FUNDS',
              subjectEnd,
              target.mention,
              `cue: ${target.cue}`,
              subjectSpan(target.mention),
              status,
            );
        }
        const plans = inClause.filter((mention) => mention.kind === 'PLAN');
        const issued = CUES.issuing.some((cue) => findCue(words, cue, clause.first, clause.last) >= 0);
        if (issued && PLACE_KINDS.has(subjectEnd.kind))
          for (const issuedPlan of plans)
            propose('ISSUED_BY', issuedPlan, subjectEnd, 'cue: announced/issued', subjectSpan(issuedPlan));
      }
      // "X such as A and B": A and B MEMBER_OF X
      const suchAs = words.findIndex(
        (word, i) =>
          i >= clause.first && i < clause.last && word.lower === 'such' && words[i + 1]?.lower === 'as',
      );
      if (suchAs > 0) {
        const group = inClause.find((mention) => mention.lastWord === suchAs - 1);
        if (group)
          for (const member of listAfter(outer, words, suchAs + 2, clause))
            propose('MEMBER_OF', member, group, 'cue: such as', clauseSpan, status);
      }
      // X combining A, B and C: A, B and C PART_OF X
      for (const cue of CUES.composition) {
        const at = findCue(words, cue, clause.first, clause.last);
        if (at < 0) continue;
        const whole = longest(
          inClause.filter((mention) => mention.lastWord === at - 1 || mention.headWord === at - 1),
        );
        if (whole)
          for (const part of listAfter(outer, words, at + cue.length, clause))
            propose('PART_OF', part, whole, `cue: ${words[at]!.lower}`, {
              start: whole.start,
              end: part.end,
            });
      }
      // the members of a group: "an innovation alliance of local universities", "consortium of … hospitals"
      for (const group of inClause.filter((mention) =>
        GROUP_HEADS.test(words[mention.headWord ?? mention.lastWord]!.lower),
      )) {
        const headAt = group.headWord ?? group.lastWord;
        if (words[headAt + 1]?.lower !== 'of') continue;
        const member = longest(
          inClause.filter((mention) => mention !== group && mention.firstWord === headAt + 2),
        );
        if (member) propose('MEMBER_OF', member, group, 'cue: group of members', group);
      }
      // X influencing A, B and C
      for (const cue of CUES.influence) {
        const at = findCue(words, cue, clause.first, clause.last);
        if (at < 0) continue;
        const source = inClause.find((mention) => mention.lastWord === at - 1 || mention.headWord === at - 1);
        if (source)
          for (const place of listAfter(outer, words, at + 1, clause).filter((m) => PLACE_KINDS.has(m.kind)))
            propose('INFLUENCES', source, place, `cue: ${words[at]!.lower}`, clauseSpan, status);
      }
      // upgrading of X to Y, Z: X TARGETS Y, Z
      for (const cue of CUES.upgrade) {
        const at = findCue(words, cue, clause.first, clause.last);
        if (at < 0) continue;
        const fromMention = listAfter(
          outer,
          words,
          words[at + 1]?.lower === 'of' ? at + 2 : at + 1,
          clause,
        )[0];
        if (!fromMention) continue;
        const to = words[fromMention.lastWord + 1]?.lower;
        if (to !== 'to' && to !== 'into') continue;
        for (const goal of listAfter(outer, words, fromMention.lastWord + 2, clause))
          propose('TARGETS', fromMention, goal, `cue: ${words[at]!.lower} … ${to}`, clauseSpan, status);
      }
      // X in P: LOCATED_IN (P HOSTS X when P is the subject building X); a place in a place is PART_OF
      const builds = CUES.building.some((cue) => findCue(words, cue, clause.first, clause.last) >= 0);
      for (const place of inClause.filter((mention) => PLACE_KINDS.has(mention.kind))) {
        let before = place.firstWord - 1;
        if (words[before]?.lower === 'the') before -= 1;
        if (words[before]?.lower !== 'in') continue;
        const thing = longest(
          inClause.filter(
            (mention) =>
              (mention.headWord ?? mention.lastWord) === before - 1 || mention.lastWord === before - 1,
          ),
        );
        if (!thing || ['GOAL', 'TASK', 'MILESTONE', 'PERSON', 'PLAN'].includes(thing.kind)) continue;
        const span = { start: Math.min(thing.start, place.start), end: Math.max(thing.end, place.end) };
        if (PLACE_KINDS.has(thing.kind)) propose('PART_OF', thing, place, 'cue: X in P (places)', span);
        else if (
          builds &&
          subjectEnd &&
          subject?.rule !== 'actor' &&
          entities.entityOf(place).id === entities.entityOf(subjectEnd).id
        )
          propose('HOSTS', place, thing, 'cue: build X in P (P the subject)', subjectSpan(thing), status);
        else propose('LOCATED_IN', thing, place, 'cue: X in P', span);
      }
      // N hours to reach A, B …: the subject CONNECTED_BY_RAIL each, with the hours
      words.forEach((word, i) => {
        if (i < clause.first || i > clause.last || !HOURS.test(word.lower) || !subjectEnd) return;
        const hours = numberOf(words[i - 1]?.text ?? '');
        if (hours === undefined) return;
        const nextCue = words.findIndex((later, j) => j > i && HOURS.test(later.lower));
        const until = nextCue < 0 ? clause.last : nextCue - 2;
        const targets = outer.filter(
          (mention) => mention.firstWord > i && mention.lastWord <= until && PLACE_KINDS.has(mention.kind),
        );
        for (const target of targets)
          propose(
            'CONNECTED_BY_RAIL',
            subjectEnd,
            target,
            `cue: ${hours} hour(s) to reach`,
            subjectSpan(target),
            status,
            hours,
          );
      });
    }
    findNameRelationships(analysis, propose);
    findLeaders(analysis, propose);
  }
  findStructure(analyses, sections, plan, propose);
  return [...found.values()];
}

type Propose = (
  type: RelationshipType,
  from: Mention | ProposedEntity,
  to: Mention | ProposedEntity,
  reason: string,
  span: { start: number; end: number },
  status?: RelationshipStatus,
  hours?: number,
) => void;

/** Names that place a thing or make it part of another: "Wenzhou (Jiading) … Park", "… Zone of Zhejiang Pilot FTZ", "Jiading Industrial Zone Wenzhou Park". */
function findNameRelationships(analysis: SentenceAnalysis, propose: Propose): void {
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
function findLeaders(analysis: SentenceAnalysis, propose: Propose): void {
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

/**
 * The document's structure: each numbered section (TASK) is PART_OF the plan; what a section names
 * (parks, funds, initiatives …) is PART_OF_TASK of it; a goal named in a section is what its task
 * TARGETS, one named before the sections what the plan TARGETS; the items of "namely, …" are
 * PART_OF the goal they spell out.
 */
function findStructure(
  analyses: readonly SentenceAnalysis[],
  sections: readonly Section[],
  plan: Mention | undefined,
  propose: Propose,
): void {
  const tasks = analyses.flatMap((analysis) =>
    analysis.mentions.filter(
      (mention) => mention.rule === 'task' || (mention.kind === 'TASK' && mention.firstWord === 0),
    ),
  );
  for (const analysis of analyses) {
    for (const mention of analysis.mentions) {
      const section = sectionAt(sections, mention.start);
      const task = section ? tasks.find((candidate) => candidate.start === section.headingStart) : undefined;
      if (
        mention.kind === 'TASK' &&
        plan &&
        mention === tasks.find((candidate) => candidate.start === mention.start)
      ) {
        propose('PART_OF', mention, plan, 'structure: a numbered section of the plan', mention);
        continue;
      }
      if (task && TASK_ACTION_KINDS.has(mention.kind) && !isNestedName(mention, analysis))
        propose('PART_OF_TASK', mention, task, `structure: named under ${section!.heading}`, mention);
      if (mention.kind === 'GOAL' || mention.kind === 'MILESTONE') {
        const listHead =
          mention.listedUnder !== undefined
            ? analysis.mentions.find((other) => other.start === mention.listedUnder && other.kind === 'GOAL')
            : undefined;
        if (listHead)
          propose('PART_OF', mention, listHead, 'structure: namely, …', {
            start: listHead.start,
            end: mention.end,
          });
        else if (task)
          propose('TARGETS', task, mention, `structure: aim named under ${section!.heading}`, mention);
        else if (plan) propose('TARGETS', plan, mention, 'structure: aim named before the tasks', mention);
      }
    }
  }
}

/** "Jiading" inside "Jiading Industrial Zone": a name inside a longer name is not an action of its own. */
function isNestedName(mention: Mention, analysis: SentenceAnalysis): boolean {
  return (
    mention.rule === 'place' &&
    analysis.mentions.some(
      (other) => other !== mention && other.start <= mention.start && other.end >= mention.end,
    )
  );
}

interface Subject {
  readonly kind: EntityKind;
  readonly start: number;
  readonly mention?: Mention;
  readonly rule: 'explicit' | 'known-pronoun' | 'actor';
}

/** Who acts in the sentence: the first thing named before its first verb, "it" for the last actor, or the document's actor. */
function subjectOf(analysis: SentenceAnalysis, actor: Mention | undefined): Subject | undefined {
  const { words, mentions } = analysis;
  const fallback: Subject | undefined = actor
    ? { kind: actor.kind, start: Number.POSITIVE_INFINITY, mention: actor, rule: 'actor' }
    : undefined;
  // The first finite verb: "will", "announced" (not "Focusing on …" or "Having mapped out …").
  const verb = words.findIndex(
    (word) => word.pos === 'AUX' || (word.pos === 'VERB' && !word.capitalised && !/ing$/.test(word.lower)),
  );
  if (verb < 0) return fallback;
  let before = verb - 1;
  while (before > 0 && words[before]!.pos === 'ADV') before -= 1;
  const named = longest(
    outermost(mentions).filter(
      (mention) => mention.lastWord === before && !['GOAL', 'MILESTONE'].includes(mention.kind),
    ),
  );
  if (named) return { kind: named.kind, start: named.start, mention: named, rule: 'explicit' };
  const pronoun = words[before];
  if (pronoun && PRONOUNS.has(pronoun.lower) && actor)
    return {
      kind: actor.kind,
      start: pronoun.start,
      mention: { ...actor, start: pronoun.start, end: pronoun.end },
      rule: 'known-pronoun',
    };
  return fallback;
}

/** The city named most often: whose plan it is, and who "it" is when nothing else is. */
function mostNamedCity(analyses: readonly SentenceAnalysis[], entities: EntityIndex): Mention | undefined {
  const counts = new Map<string, { count: number; mention: Mention }>();
  for (const mention of analyses.flatMap((analysis) => analysis.mentions)) {
    if (mention.kind !== 'CITY') continue;
    const id = entities.entityOf(mention).id;
    const entry = counts.get(id) ?? { count: 0, mention };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.mention;
}

/** The first thing named after any of the cues in the clause. */
function firstAfterCue(
  cues: readonly Cue[],
  words: SentenceAnalysis['words'],
  outer: readonly Mention[],
  clause: Clause,
): { mention: Mention; cue: string } | undefined {
  for (const cue of cues) {
    const at = findCue(words, cue, clause.first, clause.last);
    if (at < 0) continue;
    const mention = outer.find((candidate) => candidate.firstWord >= at + cue.length);
    if (mention)
      return {
        mention,
        cue: words
          .slice(at, at + cue.length)
          .map((word) => word.lower)
          .join(' '),
      };
  }
  return undefined;
}

/** The things named in a list starting at word `from`: "A, B and C", "A as well as B". */
function listAfter(
  outer: readonly Mention[],
  words: SentenceAnalysis['words'],
  from: number,
  clause: Clause,
): Mention[] {
  const list: Mention[] = [];
  let i = from;
  while (i <= clause.last) {
    while (
      ['the', 'a', 'an', ',', 'and', 'or', 'as', 'well', 'other'].includes(words[i]?.lower ?? '') &&
      i <= clause.last
    )
      i += 1;
    const next = outer.find((mention) => mention.firstWord === i);
    if (!next) break;
    list.push(next);
    i = next.lastWord + 1;
    if (![',', 'and', 'or', 'as'].includes(words[i]?.lower ?? '')) break;
  }
  return list;
}

/** The things named in a list ending at word `to`: "A, B and C" before "by cooperating". */
function listBefore(
  outer: readonly Mention[],
  words: SentenceAnalysis['words'],
  to: number,
  clause: Clause,
): Mention[] {
  const list: Mention[] = [];
  let i = to;
  while (i >= clause.first) {
    const previous = outer.find((mention) => mention.lastWord === i);
    if (!previous) break;
    list.unshift(previous);
    i = previous.firstWord - 1;
    if (![',', 'and', 'or'].includes(words[i]?.lower ?? '')) break;
    while ([',', 'and', 'or'].includes(words[i]?.lower ?? '') && i >= clause.first) i -= 1;
  }
  return list;
}

function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (mention) =>
      !mentions.some(
        (other) =>
          other !== mention &&
          other.start <= mention.start &&
          other.end >= mention.end &&
          other.end - other.start > mention.end - mention.start,
      ),
  );
}

function longest(mentions: readonly Mention[]): Mention | undefined {
  return [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

function spanOf(analysis: SentenceAnalysis, clause: Clause): { start: number; end: number } {
  const words = analysis.words;
  let first = clause.first;
  let last = clause.last;
  while (first < last && /^[,;]$|^and$/i.test(words[first]!.text)) first += 1;
  while (last > first && /^[,;.]$/.test(words[last]!.text)) last -= 1;
  return { start: words[first]!.start, end: words[last]!.end };
}

/**
 * The QUOTED evidence of a relationship: the span, and for each end the words that name it when the
 * quote names it by neither name nor alias ("It" for the city), or a note that it does not name it.
 */
function evidenceFor(
  text: string,
  sections: readonly Section[],
  span: { start: number; end: number },
  ends: ReadonlyArray<readonly [ProposedEntity, Mention | undefined]>,
): EvidenceSpan {
  const quote = text.slice(span.start, span.end);
  const mentions: Record<string, string> = {};
  const unnamed: string[] = [];
  for (const [entity, mention] of ends) {
    if ([entity.name, ...entity.aliases].some((name) => namesIn(quote, name))) continue;
    const surface = mention ? text.slice(mention.start, mention.end) : undefined;
    if (surface && mention!.start >= span.start && mention!.end <= span.end) mentions[entity.id] = surface;
    else unnamed.push(entity.id);
  }
  const section = sectionAt(sections, span.start)?.heading;
  return {
    start: span.start,
    end: span.end,
    ...(section ? { section } : {}),
    ...(Object.keys(mentions).length > 0 ? { mentions } : {}),
    ...(unnamed.length > 0 ? { unnamed } : {}),
  };
}

function namesIn(quote: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(quote);
}
