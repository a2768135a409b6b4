import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import { fidelityRuleViolations } from '../../tools/curation/fidelity/fidelity-rule.js';
import {
  readRawDataset,
  relationshipId,
  type RawDataset,
} from '../../tools/curation/fidelity/raw-dataset.js';
import {
  quotedRecords,
  trimmableRelationshipQuotes,
  wholeSentenceQuotes,
} from '../../tools/curation/fidelity/quote-pinpoint.js';
import { sentencesOf } from '../../tools/curation/fidelity/quote-shape.js';

// The bundled dataset read as written (tools/curation/fidelity/raw-dataset.ts), so these checks hold its
// content to docs/data-fidelity.md whatever the loader of the day accepts.
let dataset: RawDataset;
beforeAll(async () => {
  dataset = await readRawDataset(DEFAULT_DATASET_DIR);
});

const records = () => [
  ...dataset.entities.map((entity) => ({ id: entity.id, evidence: entity.evidence })),
  ...dataset.relationships.map((relationship) => ({
    id: relationshipId(relationship),
    evidence: relationship.evidence,
  })),
];

describe('the fidelity rule', () => {
  it('holds for every relationship of the bundled dataset', () => {
    expect(fidelityRuleViolations(dataset)).toEqual([]);
  });

  it('is broken by a relationship whose only quote names one end', () => {
    const broken: RawDataset = {
      ...dataset,
      relationships: [
        {
          type: 'COOPERATES_WITH',
          from: 'city:wenzhou',
          to: 'district:jiading',
          evidence: [{ quote: 'Wenzhou will deepen', source: 'wenzhou-yrd-action-plan-2020' }],
        },
      ],
    };
    expect(fidelityRuleViolations(broken)).toEqual(['city:wenzhou-[COOPERATES_WITH]->district:jiading']);
  });

  it('is met by a mention string or an INFERRED record, and only on whole words', () => {
    const relationship = {
      type: 'MEMBER_OF',
      from: 'city:wenzhou',
      to: 'organization:yrd-medical-consortium',
      evidence: [
        {
          quote:
            'it will also actively integrate into the construction of the medical consortium of well-known hospitals in the Yangtze River Delta',
          source: 'wenzhou-yrd-action-plan-2020',
        },
      ],
    };
    const mentioned = {
      ...relationship,
      evidence: [{ ...relationship.evidence[0]!, mentions: { 'city:wenzhou': 'it' } }],
    };
    const inferred = {
      ...relationship,
      evidence: [...relationship.evidence, { kind: 'INFERRED', rationale: 'why', basis: ['city:wenzhou'] }],
    };
    const partWord = {
      ...relationship,
      evidence: [{ ...relationship.evidence[0]!, mentions: { 'city:wenzhou': 'integr' } }],
    };
    expect(fidelityRuleViolations({ ...dataset, relationships: [relationship] })).toHaveLength(1);
    expect(fidelityRuleViolations({ ...dataset, relationships: [mentioned, inferred] })).toEqual([]);
    expect(fidelityRuleViolations({ ...dataset, relationships: [partWord] })).toHaveLength(1);
  });
});

describe('the evidence of the bundled dataset', () => {
  it('quotes its sources verbatim', () => {
    const misquoted = records().flatMap(({ id, evidence }) =>
      evidence
        .filter((item) => item.quote !== undefined && item.kind !== 'CITED' && item.kind !== 'INFERRED')
        .filter((item) => !(dataset.texts.get(item.source ?? '') ?? '').includes(item.quote!))
        .map((item) => `${id}: ${item.quote}`),
    );
    expect(misquoted).toEqual([]);
  });

  it('gives every mention string inside its quote, for an end of its record', () => {
    const wrong = dataset.relationships.flatMap((relationship) =>
      relationship.evidence.flatMap((item) =>
        Object.entries(item.mentions ?? {})
          .filter(
            ([end, text]) =>
              !item.quote?.includes(text) || (end !== relationship.from && end !== relationship.to),
          )
          .map(([end, text]) => `${relationshipId(relationship)}: ${end} "${text}"`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('cites a REFERENCE source with a title, publisher and URL, with a note, for every CITED record', () => {
    const references = new Map(dataset.sources.filter((s) => s.kind === 'REFERENCE').map((s) => [s.id, s]));
    const wrong = records().flatMap(({ id, evidence }) =>
      evidence
        .filter((item) => item.kind === 'CITED')
        .filter((item) => {
          const source = references.get(item.source ?? '');
          return (
            !source?.title ||
            !source.publisher ||
            !source.url ||
            !item.note?.trim() ||
            item.quote !== undefined
          );
        })
        .map(() => id),
    );
    expect(wrong).toEqual([]);
    expect(dataset.sources.filter((source) => source.kind === 'CURATED')).toEqual([]);
  });

  it('gives every INFERRED record a rationale and a basis of known ids', () => {
    const known = new Set([
      ...dataset.entities.map((e) => e.id),
      ...dataset.relationships.map(relationshipId),
    ]);
    const wrong = records().flatMap(({ id, evidence }) =>
      evidence
        .filter((item) => item.kind === 'INFERRED')
        .filter(
          (item) => !item.rationale?.trim() || !item.basis?.length || item.basis.some((b) => !known.has(b)),
        )
        .map(() => id),
    );
    expect(wrong).toEqual([]);
  });

  it('gives each evidence record one of the three kinds, or none on a quote (QUOTED after migration)', () => {
    const kinds = new Set(records().flatMap(({ evidence }) => evidence.map((item) => item.kind ?? 'QUOTED')));
    expect([...kinds].sort()).toEqual(['CITED', 'INFERRED', 'QUOTED']);
  });
});

describe('pinpoint quotes (issue 12, item 2)', () => {
  const SOURCE = 'wenzhou-yrd-action-plan-2020';
  const sentenceAround = (clause: string) => {
    const text = dataset.texts.get(SOURCE)!;
    const at = text.indexOf(clause);
    const sentence = sentencesOf(text).find((span) => span.start <= at && at < span.end)!;
    return text.slice(sentence.start, sentence.end);
  };

  it('holds each quote at its offsets', () => {
    const wrong = quotedRecords(dataset)
      .filter(({ evidence }) => {
        const text = dataset.texts.get(evidence.source ?? '') ?? '';
        return text.slice(evidence.start ?? -1, evidence.end ?? -1) !== evidence.quote;
      })
      .map(({ id, evidence }) => `${id}: ${evidence.quote}`);
    expect(wrong).toEqual([]);
  });

  it('names as its section the heading each quote lies under ("Introduction" before the first task)', () => {
    // The plan's headings are lines of their own ("Task One" … "Task Eight"); a section is where a quote
    // starts, so a quote moved or re-pinned under another heading cannot keep a stale label.
    const text = dataset.texts.get(SOURCE)!;
    const headings = [...text.matchAll(/^Task (One|Two|Three|Four|Five|Six|Seven|Eight)$/gm)];
    expect(headings).toHaveLength(8);
    const sectionAt = (offset: number) =>
      headings.filter((heading) => heading.index <= offset).at(-1)?.[0] ?? 'Introduction';
    const ofThePlan = quotedRecords(dataset).filter(({ evidence }) => evidence.source === SOURCE);
    const wrong = ofThePlan
      .filter(({ evidence }) => evidence.section !== sectionAt(evidence.start ?? -1))
      .map(({ id, evidence }) => `${id}: ${evidence.section} (under ${sectionAt(evidence.start ?? -1)})`);
    expect(wrong).toEqual([]);
    expect(ofThePlan.length).toBeGreaterThan(400);
  });

  it('quotes no whole sentence of several clauses for an entity: the clause that names it is shorter', () => {
    const whole = wholeSentenceQuotes(dataset)
      .filter((record) => record.severalClauses && !record.id.includes('-['))
      .map((record) => `${record.id}: ${record.evidence.quote}`);
    expect(whole).toEqual([]);
  });

  it('gives no relationship a quote that could lose a whole clause and still name both ends', () => {
    const trimmable = trimmableRelationshipQuotes(dataset).map(
      (record) => `${record.id}: "${record.evidence.quote}" → "${record.shorter}"`,
    );
    expect(trimmable).toEqual([]);
  });

  it('catches a quote widened to its whole sentence, for an entity and for a relationship', () => {
    const sentence = sentenceAround(
      'Wenzhou will deepen its comprehensive strategic cooperation with Jiading',
    );
    expect(sentence).toMatch(/^Moreover, Wenzhou will deepen .* Shanghai metropolitan area\.$/u);
    const widened = { quote: sentence, source: SOURCE };
    const jiading = dataset.entities.find((entity) => entity.id === 'district:jiading')!;
    const widenedDataset: RawDataset = {
      ...dataset,
      entities: [...dataset.entities.filter((e) => e !== jiading), { ...jiading, evidence: [widened] }],
      relationships: [
        { type: 'COOPERATES_WITH', from: 'city:wenzhou', to: 'district:jiading', evidence: [widened] },
      ],
    };
    expect(
      wholeSentenceQuotes(widenedDataset)
        .filter((record) => record.severalClauses)
        .map((record) => record.id),
    ).toEqual(['district:jiading', 'city:wenzhou-[COOPERATES_WITH]->district:jiading']);
    expect(trimmableRelationshipQuotes(widenedDataset).map((record) => record.shorter)).toEqual([
      'Wenzhou will deepen its comprehensive strategic cooperation with Jiading in Shanghai and other places to form a group of key cooperation demonstration projects',
    ]);
  });

  it('reads sentences as the plan writes them: "etc. with" and "i.e., 5 hours" go on, an ellipsis ends one', () => {
    expect(sentenceAround('factor markets, public services, etc. with planning')).toMatch(
      /^On June 11, .* as the guarantee\.$/u,
    );
    expect(sentenceAround('(i.e., 5 hours to reach')).toMatch(/^Focusing on .* Fuzhou and Ningde\)\.$/u);
    expect(sentenceAround('One map of planning')).toBe(
      'One map of planning, one network of transportation, one seal for one business, one card related to people’s livelihood...',
    );
  });
});

describe('statuses and dates of the bundled dataset', () => {
  it('uses the entity and relationship statuses of the contract', () => {
    const entityStatuses = new Set(
      dataset.entities.flatMap((entity) => (entity.status ? [entity.status] : [])),
    );
    const linkStatuses = new Set(
      dataset.relationships.flatMap((r) => (r.properties?.['status'] ? [r.properties['status']] : [])),
    );
    expect([...entityStatuses].sort()).toEqual(['EXISTING', 'PROPOSED', 'UNDER_CONSTRUCTION']);
    expect([...linkStatuses].sort()).toEqual(['EXISTING', 'PLANNED', 'PROPOSED']);
  });

  it('gives dates only at the precision the plan states them', () => {
    const dates = dataset.relationships.flatMap((relationship) =>
      (['validFrom', 'validTo', 'announced'] as const).flatMap((field) => {
        const value = relationship.properties?.[field];
        return value === undefined ? [] : [`${field} ${String(value)}`];
      }),
    );
    expect(new Set(dates)).toEqual(
      new Set(['validFrom 2019', 'validTo 2025', 'validFrom 2020-06-11', 'announced 2020-06-11']),
    );
  });

  it('has the plan issued from its announcement on, not from the first year it covers', () => {
    const issued = dataset.relationships.find((r) => r.type === 'ISSUED_BY');
    expect(issued?.properties).toEqual({ validFrom: '2020-06-11', announced: '2020-06-11' });
  });
});
