import { parse } from 'yaml';
import { z } from 'zod';
import {
  ENTITY_ID_PATTERN,
  ENTITY_KINDS,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
} from '../../src/model/index.js';
import { MAX_HOURS, mentionsSchema } from '../../src/validation/index.js';

const nonEmpty = z.string().trim().min(1);
const quoted = z.strictObject({
  kind: z.literal('QUOTED'),
  source: nonEmpty,
  section: nonEmpty.optional(),
  quote: nonEmpty,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  // The loader's own rules: a key `__proto__` refused, not passed over (and the mention lost).
  mentions: mentionsSchema.optional(),
});
const reviewSchema = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
        kind: z.literal('PRIMARY'),
        title: nonEmpty,
        file: nonEmpty,
      }),
    )
    .length(1),
  entities: z.array(
    z.strictObject({
      id: z.string().regex(ENTITY_ID_PATTERN),
      kind: z.enum(ENTITY_KINDS),
      name: nonEmpty,
      aliases: z.array(nonEmpty).optional(),
      attributes: z
        .strictObject({ number: z.number().int().positive().optional(), year: z.number().int().optional() })
        .optional(),
      evidence: z.array(quoted).min(1),
    }),
  ),
  relationships: z.array(
    z.strictObject({
      type: z.enum(RELATIONSHIP_TYPES),
      from: z.string().regex(ENTITY_ID_PATTERN),
      to: z.string().regex(ENTITY_ID_PATTERN),
      properties: z
        .strictObject({
          status: z.enum(RELATIONSHIP_STATUSES).optional(),
          hours: z.number().positive().max(MAX_HOURS).optional(),
        })
        .optional(),
      evidence: z.array(quoted).min(1),
    }),
  ),
});

/** A review file that passed {@link validateReviewFile}. */
export type ReviewFile = z.infer<typeof reviewSchema>;

/**
 * Checks a review file against the dataset format and the fidelity contract's QUOTED record: every
 * field known, every id well formed and unique, every relationship end an entity of the file (or of
 * `knownIds`), every quote citing the file's source with `text.slice(start, end) === quote`, and
 * every `mentions` string inside its quote. Returns the problems, one sentence each; none when valid.
 */
export function validateReviewFile(
  yamlText: string,
  text: string,
  knownIds: ReadonlySet<string> = new Set(),
): string[] {
  const parsed = reviewSchema.safeParse(parse(yamlText));
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const review = parsed.data;
  const problems: string[] = [];
  const sourceId = review.sources[0]!.id;
  const ids = new Set<string>();
  for (const entity of review.entities) {
    if (ids.has(entity.id)) problems.push(`entity ${entity.id}: the id is used twice`);
    ids.add(entity.id);
  }
  const checkEvidence = (owner: string, evidence: ReviewFile['entities'][number]['evidence']): void => {
    for (const record of evidence) {
      if (record.source !== sourceId)
        problems.push(`${owner}: evidence cites ${record.source}, not the file's source ${sourceId}`);
      if (text.slice(record.start, record.end) !== record.quote)
        problems.push(
          `${owner}: text.slice(${record.start}, ${record.end}) is not the quote ${JSON.stringify(record.quote)}`,
        );
      for (const [id, words] of Object.entries(record.mentions ?? {})) {
        if (!record.quote.includes(words))
          problems.push(`${owner}: the mention ${JSON.stringify(words)} of ${id} is not in the quote`);
      }
    }
  };
  for (const entity of review.entities) checkEvidence(`entity ${entity.id}`, entity.evidence);
  for (const relationship of review.relationships) {
    const name = `${relationship.from}-[${relationship.type}]->${relationship.to}`;
    for (const end of [relationship.from, relationship.to])
      if (!ids.has(end) && !knownIds.has(end))
        problems.push(`relationship ${name}: ${end} is no entity of the file or the dataset`);
    checkEvidence(`relationship ${name}`, relationship.evidence);
  }
  return problems;
}
