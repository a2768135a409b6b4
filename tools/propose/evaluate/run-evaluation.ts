import { fileURLToPath } from 'node:url';
import { proposeDocument } from '../propose-document.js';
import { readSample, scorePrecision } from './precision-sample.js';
import { readCurated } from './read-curated.js';
import { scoreProposal, type RecallScore } from './score-proposal.js';

/** The bundled plan and the curated dataset it is measured against. */
export const BUNDLED = {
  datasetDir: fileURLToPath(new URL('../../../seed/wenzhou-yrd', import.meta.url)),
  sourceId: 'wenzhou-yrd-action-plan-2020',
  sourceFile: 'sources/wenzhou-yrd-action-plan-2020.txt',
  samplePath: fileURLToPath(new URL('../precision-sample.json', import.meta.url)),
} as const;

/** The issue's targets (issue 14). */
export const TARGETS = { entities: 0.9, relationships: 0.75, precision: 0.7 } as const;

const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
const verdict = (part: number, whole: number, target: number): string =>
  (whole > 0 && part / whole >= target ? 'meets' : 'MISSES') + ` the ${target * 100}% target`;

/**
 * Runs the tool on the bundled plan and prints its figures against the curated dataset. The
 * headline run uses no gazetteer (no names from the dataset under test); the run with the
 * gazetteer is printed after it, labelled. Returns the printed lines.
 */
export async function runEvaluation(print: (line: string) => void = console.log): Promise<string[]> {
  const lines: string[] = [];
  const out = (line: string): void => {
    lines.push(line);
    print(line);
  };
  const curated = await readCurated(BUNDLED.datasetDir, BUNDLED.sourceId, BUNDLED.sourceFile);
  const blind = proposeDocument(curated.text);
  const score = scoreProposal(blind, curated);
  const sample = await readSample(BUNDLED.samplePath);
  const precision = scorePrecision(sample, blind);

  out('Evaluation on seed/wenzhou-yrd (the bundled plan), WITHOUT a gazetteer of the curated names:');
  out(`  proposals: ${blind.entities.length} entities, ${blind.relationships.length} relationships`);
  out(
    `  entity recall: ${score.entitiesFound}/${score.entitiesTotal} = ${percent(score.entitiesFound, score.entitiesTotal)} (${verdict(score.entitiesFound, score.entitiesTotal, TARGETS.entities)}); with the curated kind: ${percent(score.entitiesFoundWithKind, score.entitiesTotal)}`,
  );
  out(
    `  relationship recall (document-backed, same type and direction): ${score.relationshipsFound}/${score.relationshipsTotal} = ${percent(score.relationshipsFound, score.relationshipsTotal)} (${verdict(score.relationshipsFound, score.relationshipsTotal, TARGETS.relationships)})`,
  );
  out(
    `  precision on the judged sample (seed ${sample.seed}, tools/propose/precision-sample.json): ${precision.right}/${precision.judged} = ${percent(precision.right, precision.judged)} (${verdict(precision.right, precision.judged, TARGETS.precision)})${precision.stale + precision.unjudged > 0 ? `; ${precision.stale} sample items no longer proposed, ${precision.unjudged} unjudged` : ''}`,
  );
  printMisses(out, score);
  const known = proposeDocument(curated.text, { known: curated.entities });
  const withNames = scoreProposal(known, curated);
  out(
    'For comparison, WITH the curated names as a gazetteer (entity recall is then close to 100% by construction):',
  );
  out(
    `  entity recall: ${withNames.entitiesFound}/${withNames.entitiesTotal} = ${percent(withNames.entitiesFound, withNames.entitiesTotal)}`,
  );
  out(
    `  relationship recall: ${withNames.relationshipsFound}/${withNames.relationshipsTotal} = ${percent(withNames.relationshipsFound, withNames.relationshipsTotal)}`,
  );
  return lines;
}

function printMisses(out: (line: string) => void, score: RecallScore): void {
  out(`  curated entities not found (${score.missedEntities.length}): ${score.missedEntities.join(', ')}`);
  out(
    `  document-backed relationships not found: ${score.missedRelationships.length} (run with --verbose to list them)`,
  );
  if (process.argv.includes('--verbose'))
    for (const missed of score.missedRelationships) out(`    ${missed}`);
}
