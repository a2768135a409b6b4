import type { EvidenceSpan, Proposal } from './proposal.js';

/** What the review file says about the document it proposes records for. */
export interface ReviewSource {
  /** Kebab-case id of the new source. */
  readonly id: string;
  readonly title: string;
  /** Path of the text relative to the dataset directory, where the curator copies it. */
  readonly file: string;
  /** Path the tool read, for the header. */
  readonly readFrom: string;
  /** The dataset whose entities were recognised by name, if any. */
  readonly dataset?: string;
}

const q = (value: string): string => JSON.stringify(value);

/**
 * The review file: a YAML document in the dataset format (docs/dataset-format.md, with QUOTED
 * evidence carrying `kind`, `start` and `end` as in the fidelity contract), headed by a comment
 * telling the curator it is a proposal. JSON strings are valid YAML double-quoted scalars, so every
 * quote is written exactly. Deterministic: no date, records in document order.
 */
export function writeReviewFile(proposal: Proposal, text: string, source: ReviewSource): string {
  const lines: string[] = [
    '# PROPOSAL TO REVIEW. Nothing in this file is in the graph.',
    `# Written by \`npm run propose\` from ${source.readFrom}${source.dataset ? `, recognising the entities of ${source.dataset}` : ''}.`,
    '# A machine read the text: check every record against the source. Fix kinds, names and ids;',
    '# delete what is wrong; add what is missing. Evidence offsets (start/end) index the source text:',
    '# text.slice(start, end) === quote. Records marked "known" are already in the dataset: merge',
    '# their evidence into the existing record instead of adding them. A quote flagged "does not name"',
    '# lacks one end: add an INFERRED record saying why, or drop the relationship.',
    "# Then copy the text to the dataset's sources/ folder, move the `sources` entry into dataset.yaml",
    '# and the records into entities.yaml and relationships.yaml, and load them with `npm run seed`',
    '# (or importDataset). See docs/propose.md.',
    'sources:',
    `  - id: ${source.id}`,
    '    kind: PRIMARY',
    `    title: ${q(source.title)}`,
    `    file: ${q(source.file)}`,
    'entities:',
  ];
  for (const entity of proposal.entities) {
    lines.push(
      `  - id: ${entity.id}${entity.known ? '  # known: already in the dataset; merge the evidence' : ''}`,
    );
    lines.push(`    kind: ${entity.kind}`, `    name: ${q(entity.name)}`);
    if (entity.aliases.length > 0) lines.push(`    aliases: [${entity.aliases.map(q).join(', ')}]`);
    if (entity.attributes?.number !== undefined)
      lines.push('    attributes:', `      number: ${entity.attributes.number}`);
    if (entity.attributes?.year !== undefined)
      lines.push('    attributes:', `      year: ${entity.attributes.year}`);
    lines.push(
      '    evidence:',
      ...entity.evidence.flatMap((evidence) => evidenceLines(evidence, text, source.id)),
    );
  }
  lines.push('relationships:');
  for (const relationship of proposal.relationships) {
    lines.push(`  # ${relationship.reason}`);
    lines.push(
      `  - type: ${relationship.type}`,
      `    from: ${relationship.from}`,
      `    to: ${relationship.to}`,
    );
    const properties = relationship.properties ?? {};
    if (Object.keys(properties).length > 0) {
      lines.push('    properties:');
      if (properties.status) lines.push(`      status: ${properties.status}`);
      if (properties.hours !== undefined) lines.push(`      hours: ${properties.hours}`);
    }
    lines.push(
      '    evidence:',
      ...relationship.evidence.flatMap((evidence) => evidenceLines(evidence, text, source.id)),
    );
  }
  return `${lines.join('\n')}\n`;
}

function evidenceLines(evidence: EvidenceSpan, text: string, sourceId: string): string[] {
  const lines = [
    '      - kind: QUOTED',
    `        source: ${sourceId}`,
    ...(evidence.section ? [`        section: ${q(evidence.section)}`] : []),
    `        quote: ${q(text.slice(evidence.start, evidence.end))}`,
    `        start: ${evidence.start}`,
    `        end: ${evidence.end}`,
  ];
  if (evidence.mentions) {
    lines.push(
      '        mentions:',
      ...Object.entries(evidence.mentions).map(([id, words]) => `          ${id}: ${q(words)}`),
    );
  }
  if (evidence.unnamed) lines.push(`        # does not name: ${evidence.unnamed.join(', ')}`);
  return lines;
}
