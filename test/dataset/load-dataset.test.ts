import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_DATASET_DIR } from '../../src/config.js';
import type { Dataset, EvidenceRecord } from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/**
 * The bundled dataset, checked independently of the loader where it matters: quotes are compared
 * with the source text read here, from the raw YAML as the curators wrote it.
 */

interface RawEvidence {
  quote: string;
  section?: string;
  source: string;
}

interface RawRecord {
  id?: string;
  type?: string;
  from?: string;
  to?: string;
  evidence: RawEvidence[];
}

interface RawSource {
  id: string;
  kind: 'PRIMARY' | 'CURATED';
  file?: string;
}

let dataset: Dataset;
let rawSources: RawSource[];
let rawEntities: RawRecord[];
let rawRelationships: RawRecord[];
const sourceTexts = new Map<string, string>();

async function readSeed(file: string): Promise<string> {
  return readFile(path.join(DEFAULT_DATASET_DIR, file), 'utf8');
}

beforeAll(async () => {
  dataset = await bundledDataset();
  rawSources = (parseYaml(await readSeed('dataset.yaml')) as { sources: RawSource[] }).sources;
  // The reported events (events.yaml) are read after the plan's records.
  const events = parseYaml(await readSeed('events.yaml')) as {
    entities: RawRecord[];
    relationships: RawRecord[];
  };
  rawEntities = [
    ...(parseYaml(await readSeed('entities.yaml')) as { entities: RawRecord[] }).entities,
    ...events.entities,
  ];
  rawRelationships = [
    ...(parseYaml(await readSeed('relationships.yaml')) as { relationships: RawRecord[] }).relationships,
    ...events.relationships,
  ];
  for (const source of rawSources) {
    if (source.kind === 'PRIMARY') sourceTexts.set(source.id, await readSeed(source.file!));
  }
});

const label = (record: RawRecord, index: number) =>
  record.id ?? `${record.from}-[${record.type}]->${record.to} (#${index + 1})`;

describe('the bundled dataset', () => {
  it('loads with every record of its files', () => {
    expect(dataset.id).toBe('wenzhou-yrd');
    expect(dataset.entities).toHaveLength(rawEntities.length);
    expect(dataset.relationships).toHaveLength(rawRelationships.length);
    expect(dataset.sources.map((source) => source.id)).toEqual(rawSources.map((source) => source.id));
  });

  it('has a PRIMARY source with its text', () => {
    expect([...sourceTexts.keys()]).toEqual(['wenzhou-yrd-action-plan-2020']);
    expect(sourceTexts.get('wenzhou-yrd-action-plan-2020')!.length).toBeGreaterThan(5000);
  });

  it('quotes every PRIMARY source verbatim, in every entity and relationship', () => {
    // Events cite reports (CITED), not the plan: the plan's records are the ones that quote it.
    const records = [...rawEntities, ...rawRelationships].filter(
      (record) => !String(record.id ?? record.from).startsWith('event:'),
    );
    let checked = 0;
    const misquoted: string[] = [];
    records.forEach((record, index) => {
      for (const evidence of record.evidence) {
        const text = sourceTexts.get(evidence.source);
        if (text === undefined) continue;
        checked++;
        if (!text.includes(evidence.quote)) misquoted.push(`${label(record, index)}: ${evidence.quote}`);
      }
    });
    expect(misquoted).toEqual([]);
    expect(checked).toBeGreaterThan(records.length);
  });

  it('gives every entity and relationship evidence: QUOTED at its offsets in a known source, or INFERRED with a rationale', () => {
    const known = new Set(rawSources.map((source) => source.id));
    const check = (evidence: EvidenceRecord[], what: string) => {
      expect(evidence.length, what).toBeGreaterThan(0);
      for (const item of evidence) {
        if (item.kind === 'INFERRED') {
          expect(item.rationale?.trim(), what).not.toBe('');
          continue;
        }
        expect(known.has(item.source ?? ''), what).toBe(true);
        if (item.kind === 'QUOTED') {
          expect(dataset.sourceTexts[item.source!]!.slice(item.start, item.end), what).toBe(item.quote);
        }
      }
    };
    for (const entity of dataset.entities) check(entity.evidence, entity.id);
    for (const relationship of dataset.relationships) check(relationship.evidence, relationship.id);
  });

  it('keeps the quotes of the loaded records exactly as the YAML states them', () => {
    expect(dataset.entities.map((entity) => entity.evidence.map((e) => e.quote))).toEqual(
      rawEntities.map((entity) => entity.evidence.map((e) => e.quote)),
    );
  });

  it('has unique entity ids and unique relationship ids', () => {
    const entityIds = dataset.entities.map((entity) => entity.id);
    expect(new Set(entityIds).size).toBe(entityIds.length);
    const relationshipIds = dataset.relationships.map((relationship) => relationship.id);
    expect(new Set(relationshipIds).size).toBe(relationshipIds.length);
  });

  it('joins every relationship to entities that exist', () => {
    const ids = new Set(dataset.entities.map((entity) => entity.id));
    const dangling = dataset.relationships.filter((r) => !ids.has(r.from) || !ids.has(r.to));
    expect(dangling).toEqual([]);
  });

  it('states that Wenzhou cooperates with Jiading, Taizhou and Shanghai', () => {
    const partners = dataset.relationships
      .filter((r) => r.type === 'COOPERATES_WITH' && (r.from === 'city:wenzhou' || r.to === 'city:wenzhou'))
      .map((r) => (r.from === 'city:wenzhou' ? r.to : r.from));
    expect(partners).toEqual(expect.arrayContaining(['district:jiading', 'city:taizhou', 'city:shanghai']));
  });

  it('has the eight tasks, numbered 1 to 8, each part of the plan', () => {
    const tasks = dataset.entities.filter((entity) => entity.kind === 'TASK');
    expect(tasks.map((task) => task.attributes.number).sort((a, b) => a! - b!)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    for (const task of tasks) {
      expect(task.id).toMatch(/^task:/);
      const partOfPlan = dataset.relationships.some(
        (r) => r.from === task.id && r.type === 'PART_OF' && r.to.startsWith('plan:'),
      );
      expect(partOfPlan, task.id).toBe(true);
    }
  });

  it('backs every coordinate and province with a CITED or INFERRED evidence record (not from the plan)', () => {
    const unbacked = dataset.entities
      .filter((e) => e.attributes.latitude !== undefined || e.attributes.province !== undefined)
      .filter((e) => !e.evidence.some((item) => item.kind !== 'QUOTED'))
      .map((e) => e.id);
    expect(unbacked).toEqual([]);
  });
});
