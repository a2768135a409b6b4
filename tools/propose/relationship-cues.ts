import type { RelationshipStatus } from '../../src/model/index.js';

/**
 * Cue words of the relationship rules. Each cue is a sequence of word patterns matched against the
 * lower-cased words of a clause ("cooperat\w*" matches cooperate, cooperation, cooperating).
 */
export const CUES = {
  /** subject COOPERATES_WITH the things after "with" (or the two things after "between"). */
  cooperation: cues('cooperat\\w*', 'exchanges?', 'contacts?', 'partnerships?', 'collaborat\\w*'),
  /** "invite X to jointly …": subject COOPERATES_WITH X. */
  invitation: cues('invit(e|es|ed|ing)'),
  /** subject MEMBER_OF the first thing named after the cue. */
  membership: cues(
    'integrat\\w* into',
    'merg\\w* into',
    'incorporat\\w* into',
    'participat\\w* in',
    'join(s|ed|ing)?',
    'accede\\w* to',
  ),
  /** the things named after the cue are ESTABLISHED_BY the subject (its founder or builder). */
  founding: cues(
    'build',
    'builds',
    'set up',
    'establish(es)?',
    'establishment of',
    'create',
    'creation of',
    'construct',
    'construction of',
    'form',
    'formation pace of',
  ),
  /** the subject PROMOTES the thing named after the cue. */
  promotion: cues(
    'promot(e|es|ing)',
    'implement(s|ing)?',
    'improv(e|es|ing)',
    'intensif(y|ies)',
    'optimi[sz](e|es|ing)',
  ),
  /** "take A, B and C as bonds to …": each CONNECTS the subject and the place after. */
  bonds: cues('as bonds?', 'as links?', 'as bridges?'),
  /** "X linking A with B": X CONNECTS A and B. */
  linking: cues('linking', 'connecting', 'links', 'connects'),
  /** the things listed after the cue are PART_OF the thing before it. */
  composition: cues('combining', 'comprising', 'consisting of', 'including', 'made up of'),
  /** subject HOSTS the first thing named after the cue. */
  hosting: cues('introduction of', 'introduc(e|es|ed|ing)', 'attract(s|ed|ing)?'),
  /** with "X in P" in the clause, P HOSTS X when P is the clause's subject. */
  building: cues('build\\w*', 'set up', 'establish\\w*', 'jointly', 'concentration', 'construct\\w*'),
  /** the thing before the cue INFLUENCES the places after it. */
  influence: cues('influenc(es|ing)', 'radiat(es|ing)'),
  /** "upgrading of X to Y": X UPGRADES_INTO Y. */
  upgrade: cues('upgrad(e|es|ing)'),
  /** subject FUNDS the thing after the cue (when the subject is a fund). */
  funding: cues('funds', 'funding', 'financ(es|ing)', 'invest(s|ing)? in'),
  /** plan ISSUED_BY the subject. */
  issuing: cues('announc(ed|es)', 'issu(ed|es)', 'releas(ed|es)', 'publish(ed|es)', 'unveil(ed|s)'),
};

/** A cue is a sequence of whole-word patterns: "integrat\\w* into" matches "integrate into". */
export type Cue = readonly RegExp[];

function cues(...patterns: string[]): Cue[] {
  return patterns.map((pattern) => pattern.split(' ').map((part) => new RegExp(`^${part}$`)));
}

/** "5 hours to reach …", "within 2 hours": a travel time. */
export const HOURS = /^hours?$/;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  half: 0.5,
};

/** The number a word spells, or undefined. */
export function numberOf(word: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

/**
 * Relationship status from the clause's verb, after the table of docs/data-fidelity.md: a link to
 * explore is PROPOSED, a link the plan commits to is PLANNED, a link it deepens EXISTING. The most
 * tentative cue wins; no cue, no status.
 */
const STATUS_CUES: ReadonlyArray<readonly [RelationshipStatus, readonly string[]]> = [
  ['PROPOSED', ['explore', 'support the establishment', 'apply for', 'strive', 'study']],
  [
    'EXISTING',
    [
      'deepen',
      'strengthen',
      'further promote',
      'further contact',
      'expanded',
      'improve',
      'vigorously implement',
    ],
  ],
  [
    'PLANNED',
    [
      'will build',
      'set up',
      'establish',
      'create',
      'form',
      'integrate into',
      'incorporate into',
      'merge into',
      'participate in',
      'invite',
      'built into',
      'become',
      'make itself',
      'upgrading',
      'to reach',
      'influencing',
      'jointly',
      'build',
    ],
  ],
];

export function statusOf(clause: string): RelationshipStatus | undefined {
  const lower = clause.toLowerCase();
  for (const [status, cues] of STATUS_CUES)
    if (cues.some((cue) => new RegExp(`\\b${cue}`).test(lower))) return status;
  return undefined;
}

/** Index of the first word where the cue sequence starts at or after `from`, or -1. */
export function findCue(words: ReadonlyArray<{ lower: string }>, cue: Cue, from: number, to: number): number {
  for (let i = from; i + cue.length - 1 <= to; i += 1) {
    if (cue.every((part, k) => part.test(words[i + k]!.lower))) return i;
  }
  return -1;
}
