import type { RelationshipStatus, RelationshipType } from '../../src/model/index.js';
import type { EntityIndex } from './build-entities.js';
import { splitClauses } from './clauses.js';
import type { SentenceAnalysis } from './find-mentions.js';
import { findActionRelationships, findSentenceActions } from './find-action-relationships.js';
import { findLeaders, findNameRelationships } from './find-name-relationships.js';
import { findStructure } from './find-structure.js';
import { mostNamedCity, subjectOf } from './find-subject.js';
import type { Mention } from './mention.js';
import { firstAfterCue, listAfter, listBefore, longest, outermost } from './mention-lists.js';
import type { ProposedEntity, ProposedRelationship } from './proposal.js';
import { PLACE_KINDS } from './propose-relationship.js';
import { CUES, findCue, HOURS, numberOf, statusOf } from './relationship-cues.js';
import { evidenceFor, spanOf } from './relationship-evidence.js';
import type { Section } from './sections.js';

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
  const plan = analyses.flatMap((analysis) => analysis.mentions).find((mention) => mention.kind === 'PLAN');
  // Who acts when a sentence names no subject: the city the document names most.
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
        // "invite X to jointly build …": the subject and X act together
        const invited = firstAfterCue(CUES.invitation, words, outer, clause);
        if (
          invited &&
          words.some(
            (word, i) => i > invited.mention.lastWord && i <= clause.last && word.lower === 'jointly',
          )
        )
          propose(
            'COOPERATES_WITH',
            subjectEnd,
            invited.mention,
            `cue: ${invited.cue} … jointly`,
            subjectSpan(invited.mention),
            status,
          );
        const membership = firstAfterCue(CUES.membership, words, outer, clause);
        if (membership)
          propose(
            'MEMBER_OF',
            subjectEnd,
            membership.mention,
            `cue: ${membership.cue}`,
            subjectSpan(membership.mention),
            status,
          );
        // "the introduction of A and B": the subject hosts each thing listed
        const hosted = firstAfterCue(CUES.hosting, words, outer, clause);
        if (hosted)
          for (const target of listAfter(outer, words, hosted.mention.firstWord, clause))
            propose('HOSTS', subjectEnd, target, `cue: ${hosted.cue}`, subjectSpan(target), status);
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
      findActionRelationships({ analysis, clause, outer, inClause, subject, status, subjectSpan }, propose);
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
      // upgrading of X to Y, Z: X UPGRADES_INTO Y, Z
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
          propose('UPGRADES_INTO', fromMention, goal, `cue: ${words[at]!.lower} … ${to}`, clauseSpan, status);
      }
      // X in P: LOCATED_IN (P HOSTS X when P is the subject building X); a place in a place is PART_OF
      const builds = CUES.building.some((cue) => findCue(words, cue, clause.first, clause.last) >= 0);
      for (const place of inClause.filter((mention) => PLACE_KINDS.has(mention.kind))) {
        let before = place.firstWord - 1;
        if (words[before]?.lower === 'the') before -= 1;
        if (words[before]?.lower !== 'in') continue;
        // the thing named just before "in P", and the name that ends in "in P" when it is another
        // ("the medical consortium of well-known hospitals in the Yangtze River Delta": both are there;
        // "mutual recognition of high-tech enterprises in the Yangtze River Delta" is one mention)
        const justBefore = longest(
          inClause.filter(
            (mention) =>
              (mention.headWord ?? mention.lastWord) === before - 1 || mention.lastWord === before - 1,
          ),
        );
        const endingInPlace = longest(
          inClause.filter(
            (mention) =>
              mention !== place && mention.firstWord < before && mention.lastWord === place.lastWord,
          ),
        );
        for (const thing of new Set([justBefore, endingInPlace])) {
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
    findSentenceActions(analysis, subject, (span) => statusOf(text.slice(span.start, span.end)), propose);
    findNameRelationships(analysis, propose);
    findLeaders(analysis, propose);
  }
  findStructure(analyses, sections, plan, propose);
  return [...found.values()];
}
