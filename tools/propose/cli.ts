import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkEnglish } from './check-language.js';
import { readCurated } from './evaluate/read-curated.js';
import { drawSample, readSample, writeSample } from './evaluate/precision-sample.js';
import { BUNDLED, runEvaluation } from './evaluate/run-evaluation.js';
import { ProposeInputError } from './input-error.js';
import { proposeDocument } from './propose-document.js';
import { readDatasetNames } from './read-dataset-names.js';
import { readSourceText } from './read-source-text.js';
import { slugOf } from './normalise-name.js';
import { writeReviewFile } from './write-review-file.js';

const USAGE = `Usage:
  npm run propose -- --source FILE.txt --title "Title of the document" [--out review.yaml] [--dataset seed/wenzhou-yrd | --dataset none]
  npm run propose -- --evaluate [--verbose]
  npm run propose -- --draw-sample   (re-draws tools/propose/precision-sample.json, keeping judgements)`;

/** Size and seed of the precision sample. */
const SAMPLE = { seed: 14, size: 60 } as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string' },
      dataset: { type: 'string', default: 'seed/wenzhou-yrd' },
      evaluate: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      'draw-sample': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (values.evaluate) return void (await runEvaluation());
  if (values['draw-sample']) {
    const curated = await readCurated(BUNDLED.datasetDir, BUNDLED.sourceId, BUNDLED.sourceFile);
    const previous = await readSample(BUNDLED.samplePath).catch(() => undefined);
    await writeSample(
      BUNDLED.samplePath,
      drawSample(proposeDocument(curated.text), SAMPLE.seed, SAMPLE.size, previous),
    );
    return void console.log(`Wrote ${BUNDLED.samplePath}: judge the items whose "right" is null.`);
  }
  if (!values.source || !values.title)
    throw new ProposeInputError(`--source and --title are required.\n${USAGE}`);
  const text = await readSourceText(values.source);
  checkEnglish(text, values.source);
  const dataset = values.dataset === 'none' ? undefined : values.dataset;
  const known = dataset ? await readDatasetNames(dataset) : undefined;
  const proposal = proposeDocument(text, known ? { known } : {});
  const sourceId = slugOf(values.title);
  const out = values.out ?? `${basename(values.source, extname(values.source))}.review.yaml`;
  const review = writeReviewFile(proposal, text, {
    id: sourceId,
    title: values.title,
    file: `sources/${basename(values.source)}`,
    readFrom: values.source,
    ...(dataset ? { dataset } : {}),
  });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, review);
  const knownCount = proposal.entities.filter((entity) => entity.known).length;
  const knownNote = dataset ? ` (${knownCount} already in ${dataset})` : '';
  console.log(
    `Wrote ${join(out)}: ${proposal.entities.length} entities${knownNote}, ${proposal.relationships.length} relationships. It is a proposal: review it before loading.`,
  );
}

main().catch((error: unknown) => {
  if (
    error instanceof ProposeInputError ||
    (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  ) {
    console.error(`propose: ${(error as Error).message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
