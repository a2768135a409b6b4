import type { EntityKind, RelationshipStatus } from '../../src/model/index.js';
import type { Clause } from './clauses.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Subject } from './find-subject.js';
import type { Mention } from './mention.js';
import { listAfter, listBefore, longest, outermost } from './mention-lists.js';
import { PLACE_KINDS, type Propose } from './propose-relationship.js';
import { CUES, findCue, type Cue } from './relationship-cues.js';

/** What a subject builds, sets up or draws up (its ESTABLISHED_BY), and what it promotes. */
const MADE_KINDS: ReadonlySet<EntityKind> = new Set([
  'PARK',
  'FUND',
  'UNIVERSITY',
  'INITIATIVE',
  'INFRASTRUCTURE',
  'ORGANIZATION',
]);
const PROMOTED_KINDS: ReadonlySet<EntityKind> = new Set(['INITIATIVE', 'FUND', 'INFRASTRUCTURE', 'INDUSTRY']);
/** Who builds, sets up or promotes things: places and organisations, not a corridor or a park. */
const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set([...PLACE_KINDS, 'ORGANIZATION', 'UNIVERSITY']);
/** How far after its cue the thing may start: "build | a major regional … airport", "promote | the …". */
const NEAR = 4;

interface ClauseContext {
  readonly analysis: SentenceAnalysis;
  readonly clause: Clause;
  readonly outer: readonly Mention[];
  readonly inClause: readonly Mention[];
  readonly subject: Subject | undefined;
  readonly status: RelationshipStatus | undefined;
  readonly subjectSpan: (end: Mention) => { start: number; end: number };
}

/**
 * The relationships of what a clause's subject does to the things it names, read off cue verbs:
 * - builds, sets up, establishes, creates, forms X (and the members of "X such as A and B"):
 *   X ESTABLISHED_BY the subject; not after "participate in / integrate into the construction of",
 *   where the subject joins what others build (MEMBER_OF says that);
 * - promotes, implements, improves, intensifies, optimises X: the subject PROMOTES X;
 * - takes A, B and C "as bonds" (links, bridges) to P: each CONNECTS the subject and P;
 * - X linking (connecting) A with B: X CONNECTS A and B;
 * - P's … brand as X: X BRAND_OF P.
 * Only for a subject the sentence names (or "it"), not the document's actor standing in for none.
 */
export function findActionRelationships(context: ClauseContext, propose: Propose): void {
  const { analysis, clause, outer, inClause, subject, status, subjectSpan } = context;
  const { words } = analysis;
  const named = subject?.rule === 'actor' ? undefined : subject?.mention;
  const actor = named && ACTOR_KINDS.has(named.kind) ? named : undefined;
  if (actor) {
    for (const { mention, cue } of thingsAfter(CUES.founding, context, MADE_KINDS, CUES.membership))
      propose('ESTABLISHED_BY', mention, actor, `cue: ${cue}`, subjectSpan(mention), status);
    for (const { mention, cue } of thingsAfter(CUES.promotion, context, PROMOTED_KINDS))
      propose('PROMOTES', actor, mention, `cue: ${cue}`, subjectSpan(mention), status);
    // "take A, B and C as bonds to quicken the integration into P"
    for (const cue of CUES.bonds) {
      const at = findCue(words, cue, clause.first, clause.last);
      if (at < 0) continue;
      const links = listBefore(outer, words, at - 1, clause).filter((m) => !PLACE_KINDS.has(m.kind));
      const place = outer.find(
        (m) => m.firstWord > at && PLACE_KINDS.has(m.kind) && m.lastWord <= clause.last,
      );
      for (const link of links) {
        propose('CONNECTS', link, actor, 'cue: as bonds', subjectSpan(link), status);
        if (place)
          propose('CONNECTS', link, place, 'cue: as bonds to', { start: link.start, end: place.end }, status);
      }
    }
  }
  // "the bridgehead … linking A with B": the thing that links CONNECTS each place after the cue
  for (const cue of CUES.linking) {
    const at = findCue(words, cue, clause.first, clause.last);
    if (at < 0) continue;
    const link = longest(
      inClause.filter((m) => m.firstWord < at && m.lastWord >= at - 1 && !PLACE_KINDS.has(m.kind)),
    );
    if (!link) continue;
    const places = outermost(
      inClause.filter((m) => m.firstWord > at && m.lastWord <= clause.last && PLACE_KINDS.has(m.kind)),
    );
    for (const place of places)
      propose(
        'CONNECTS',
        link,
        place,
        `cue: ${words[at]!.lower}`,
        { start: link.start, end: Math.max(link.end, place.end) },
        status,
      );
  }
  // "Wenzhou’s tourism brand as X": X BRAND_OF Wenzhou
  const brand = words.findIndex(
    (word, i) =>
      i >= clause.first && i < clause.last && /^brands?$/.test(word.lower) && words[i + 1]?.lower === 'as',
  );
  if (brand > 0) {
    // "Wenzhou’s tourism brand" may be a name of its own: the owner is inside it
    const owner = analysis.mentions.find((m) => {
      if (!PLACE_KINDS.has(m.kind) || m.lastWord >= brand || brand - m.lastWord > 4) return false;
      const next = words[m.lastWord + 1]?.text ?? '';
      return /^['’]s$/u.test(next) || /['’]s$/u.test(words[m.lastWord]!.text);
    });
    const branded = outer.find((m) => m.firstWord === brand + 2 || m.firstWord === brand + 3);
    if (owner && branded)
      propose(
        'BRAND_OF',
        branded,
        owner,
        'cue: P’s brand as X',
        { start: owner.start, end: branded.end },
        status,
      );
  }
}

/**
 * The things named right after a cue (within {@link NEAR} words) and of one of `kinds`, with the rest
 * of a list that follows ("build A, B and C") and the members of "X such as A and B". A cue right
 * after one of `notAfter` ("participate in the construction of") does not count.
 */
function thingsAfter(
  cues: readonly Cue[],
  context: ClauseContext,
  kinds: ReadonlySet<EntityKind>,
  notAfter: readonly Cue[] = [],
): { mention: Mention; cue: string }[] {
  const { analysis, clause, outer } = context;
  const { words } = analysis;
  const found: { mention: Mention; cue: string }[] = [];
  for (const cue of cues) {
    for (
      let at = findCue(words, cue, clause.first, clause.last);
      at >= 0;
      at = findCue(words, cue, at + 1, clause.last)
    ) {
      const after = at + cue.length;
      // "participate in | the construction of X": the subject joins what others build
      const joins = notAfter.some(
        (other) => findCue(words, other, Math.max(clause.first, at - other.length - 2), at - 1) >= 0,
      );
      if (joins) continue;
      const first = outer.find(
        (m) => m.firstWord >= after && m.firstWord <= after + NEAR && m.lastWord <= clause.last,
      );
      if (!first || !kinds.has(first.kind)) continue;
      const text = words
        .slice(at, after)
        .map((word) => word.lower)
        .join(' ');
      const listed = listAfter(outer, words, first.firstWord, clause).filter((m) => kinds.has(m.kind));
      const last = listed[listed.length - 1] ?? first;
      const members =
        words[last.lastWord + 1]?.lower === 'such' && words[last.lastWord + 2]?.lower === 'as'
          ? listAfter(outer, words, last.lastWord + 3, clause).filter((m) => kinds.has(m.kind))
          : [];
      for (const mention of [...listed, ...members]) found.push({ mention, cue: text });
    }
  }
  return found;
}

/**
 * Links that cross the clauses of a sentence:
 * - "invite X to … jointly set up (build) Y": Y ESTABLISHED_BY X as well;
 * - "…, so that P will …": the first thing the sentence names after its subject BENEFITS P.
 */
export function findSentenceActions(
  analysis: SentenceAnalysis,
  subject: Subject | undefined,
  status: (span: { start: number; end: number }) => RelationshipStatus | undefined,
  propose: Propose,
): void {
  const { words, mentions } = analysis;
  const outer = outermost(mentions);
  const last = words.length - 1;
  for (const cue of CUES.invitation) {
    const at = findCue(words, cue, 0, last);
    if (at < 0) continue;
    // "invite banks, securities, insurance and other financial institutions in Shanghai to …"
    const invited = outer.find((m) => m.firstWord > at && m.firstWord <= at + 10 && ACTOR_KINDS.has(m.kind));
    if (!invited) continue;
    const jointly = words.findIndex((word, i) => i > invited.lastWord && word.lower === 'jointly');
    if (jointly < 0) continue;
    for (const founding of CUES.founding) {
      if (findCue(words, founding, jointly + 1, jointly + founding.length) < 0) continue;
      const after = jointly + 1 + founding.length;
      const made = outer.find(
        (m) => m.firstWord >= after && m.firstWord <= after + NEAR && MADE_KINDS.has(m.kind),
      );
      if (made) {
        const span = { start: invited.start, end: made.end };
        propose('ESTABLISHED_BY', made, invited, 'cue: invite X to jointly …', span, status(span));
      }
    }
  }
  const soThat = words.findIndex((word, i) => word.lower === 'so' && words[i + 1]?.lower === 'that');
  if (soThat > 0) {
    const beneficiary = outer.find(
      (m) => m.firstWord > soThat + 1 && m.firstWord <= soThat + 3 && PLACE_KINDS.has(m.kind),
    );
    const from = subject?.rule === 'actor' ? 0 : (subject?.mention?.lastWord ?? 0) + 1;
    const benefactor = outer.find(
      (m) => m.firstWord >= from && m.lastWord < soThat && MADE_KINDS.has(m.kind),
    );
    if (beneficiary && benefactor) {
      const span = { start: benefactor.start, end: beneficiary.end };
      propose('BENEFITS', benefactor, beneficiary, 'cue: so that P', span, status(span));
    }
  }
}
