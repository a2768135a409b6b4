/**
 * Prints how much of the bundled dataset the plan itself states (issue 12, docs/data-fidelity.md):
 * evidence records by kind, QUOTED relationships whose quote names both ends, entities linked only to
 * their task, and the named things quoted in each section of the source.
 *
 *   npm run fidelity                         # the bundled dataset
 *   npm run fidelity -- path/to/dataset      # another dataset directory in the same format
 */
import { fileURLToPath } from 'node:url';
import { computeFidelityFigures } from './fidelity/fidelity-figures.js';
import { readRawDataset } from './fidelity/raw-dataset.js';

const directory = process.argv[2] ?? fileURLToPath(new URL('../../seed/wenzhou-yrd/', import.meta.url));
const dataset = await readRawDataset(directory);
const figures = computeFidelityFigures(dataset);
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
const kinds = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');

console.log(`Dataset: ${dataset.entities.length} entities, ${dataset.relationships.length} relationships`);
console.log(`Evidence records on entities:      ${kinds(figures.evidenceByKind.entities)}`);
console.log(`Evidence records on relationships: ${kinds(figures.evidenceByKind.relationships)}`);
const { total, namingBothEnds } = figures.quotedRelationships;
console.log(
  `QUOTED relationships whose quote names both ends: ${namingBothEnds} of ${total} (${percent(namingBothEnds, total)})`,
);
const outside = figures.quotedRelationshipsOutsideTasks;
console.log(
  `  the same without PART_OF_TASK: ${outside.namingBothEnds} of ${outside.total} (${percent(outside.namingBothEnds, outside.total)})`,
);
console.log(`Relationships breaking the fidelity rule: ${figures.ruleViolations.length}`);
for (const id of figures.ruleViolations) console.log(`  ${id}`);
const { records, distinctPassages, meanLength, medianLength } = figures.quotes;
console.log(
  `Quotes: ${records} records of ${distinctPassages} distinct passages, ${meanLength} characters on average (median ${medianLength})`,
);
console.log(
  `  quoting a whole sentence: ${figures.quotes.wholeSentences} (of several clauses: ${figures.quotes.wholeMultiClauseSentences})`,
);
console.log(
  `  relationship quotes that could lose a clause and still name both ends: ${figures.quotes.trimmableRelationshipQuotes}`,
);
console.log(
  `Entities linked only to their task: ${figures.entitiesOnlyLinkedToTask.length} of ${dataset.entities.length} (${percent(figures.entitiesOnlyLinkedToTask.length, dataset.entities.length)})`,
);
console.log(`Entities with no relationship: ${figures.entitiesWithoutRelationships.length}`);
console.log('Named things (entities quoted) per section of the source:');
for (const [section, count] of figures.namedThingsBySection) console.log(`  ${section.padEnd(12)} ${count}`);
