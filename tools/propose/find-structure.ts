import type { EntityKind } from '../../src/model/index.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Mention } from './mention.js';
import type { Propose } from './propose-relationship.js';
import { sectionAt, type Section } from './sections.js';

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

/**
 * The document's structure: each numbered section (TASK) is PART_OF the plan; what a section names
 * (parks, funds, initiatives …) is PART_OF_TASK of it; a goal named in a section is what its task
 * TARGETS, one named before the sections what the plan TARGETS; the items of "namely, …" are
 * PART_OF the goal they spell out.
 */
export function findStructure(
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
