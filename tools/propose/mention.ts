import type { EntityKind } from '../../src/model/index.js';

/** How a mention was found; the first rule in this list wins when two find the same words. */
export const MENTION_RULES = [
  'known',
  'task',
  'milestone',
  'person',
  'goal',
  'quoted',
  'head',
  'place',
] as const;
export type MentionRule = (typeof MENTION_RULES)[number];

/** A span of the text that names an entity. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** The entity's name as the proposal gives it (the span without outer quotes and determiner). */
  readonly name: string;
  readonly kind: EntityKind;
  readonly rule: MentionRule;
  /** The id of the entity when it is already in the reference dataset. */
  readonly knownId?: string;
  /** Other names to record ("Task One" for "Task One: Industrial collaboration …"). */
  readonly aliases?: readonly string[];
  /** For a TASK: its number in document order; for a MILESTONE: its year. */
  readonly number?: number;
  /** For a noun phrase with "of/in …" phrases: index of its head word, before them. */
  readonly headWord?: number;
  /** For an item of a "namely, A, B …" list: the start offset of the mention it lists the parts of. */
  readonly listedUnder?: number;
  /** Index of the sentence it is in, and of its first and last word there. */
  readonly sentence: number;
  readonly firstWord: number;
  readonly lastWord: number;
}
