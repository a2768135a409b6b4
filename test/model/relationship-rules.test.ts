import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_STYLES, relationshipStyle } from '../../apps/explorer/relationship-style.js';
import { buildGraph, MIX_RULES } from '../../tools/generate/index.js';
import {
  allowsKinds,
  ENTITY_KINDS,
  kindOfEntityId,
  kindProblem,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  relationshipRulesMarkdown,
} from '../../src/model/index.js';
import { bundledDataset } from '../support/bundled-dataset.js';

/** The one table of which kinds each relationship type joins, and what reads it. */
describe('RELATIONSHIP_RULES', () => {
  it('has a row for each type of the schema, and nothing else', () => {
    expect(Object.keys(RELATIONSHIP_RULES)).toEqual([...RELATIONSHIP_TYPES]);
  });

  it('allows every relationship of the bundled dataset', async () => {
    const dataset = await bundledDataset();
    const kinds = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
    const refused = dataset.relationships.filter(
      (r) => !allowsKinds(r.type, kinds.get(r.from)!, kinds.get(r.to)!),
    );
    expect(refused.map((r) => r.id)).toEqual([]);
    expect(dataset.relationships.length).toBeGreaterThan(200);
  });

  it('refuses a FUNDS from a city, and says which end is wrong and what the type joins', () => {
    expect(kindProblem('FUNDS', 'CITY', 'TASK')).toEqual({
      end: 'from',
      message: 'must be of a kind FUNDS goes from (FUND), not CITY',
    });
    expect(kindProblem('LED_BY', 'ORGANIZATION', 'CITY')).toEqual({
      end: 'to',
      message: 'must be of a kind LED_BY goes to from ORGANIZATION (PERSON), not CITY',
    });
    expect(kindProblem('FUNDS', 'FUND', 'PARK')).toBeNull();
  });

  it('lets a symmetric type join its kinds either way round, and a directed one only one way', () => {
    expect(allowsKinds('COOPERATES_WITH', 'DISTRICT', 'CITY')).toBe(true);
    expect(allowsKinds('COOPERATES_WITH', 'CITY', 'DISTRICT')).toBe(true);
    expect(allowsKinds('PART_OF', 'DISTRICT', 'CITY')).toBe(true);
    expect(allowsKinds('PART_OF', 'CITY', 'DISTRICT')).toBe(false);
    expect(kindProblem('COOPERATES_WITH', 'PERSON', 'CITY')).toEqual({
      end: 'from',
      message:
        'must be of a kind COOPERATES_WITH joins (CITY, DISTRICT, REGION, PARK, UNIVERSITY, INDUSTRY, ORGANIZATION), not PERSON',
    });
  });

  it('reads an end kind from its id prefix', () => {
    expect(kindOfEntityId('infrastructure:wenzhou-port')).toBe('INFRASTRUCTURE');
    expect(kindOfEntityId('planet:mars')).toBeNull();
    expect(ENTITY_KINDS.map((kind) => kindOfEntityId(`${kind.toLowerCase()}:x`))).toEqual([...ENTITY_KINDS]);
  });

  it('is the table in docs/dataset-format.md', async () => {
    const doc = await readFile(new URL('../../docs/dataset-format.md', import.meta.url), 'utf8');
    expect(doc).toContain(`\n\n${relationshipRulesMarkdown()}\n\n<!-- /relationship-types -->`);
    expect(relationshipRulesMarkdown()).toContain(
      '| `FUNDS` | FUND → PARK, UNIVERSITY, INITIATIVE, INDUSTRY, INFRASTRUCTURE, ORGANIZATION | directed | A fund or voucher finances something. |',
    );
  });

  it('bounds the generator: each of its rules joins only kinds the table allows, and every type has one', () => {
    for (const rule of MIX_RULES) {
      for (const from of rule.from)
        for (const to of rule.to) expect(allowsKinds(rule.type, from, to)).toBe(true);
    }
    expect(new Set(MIX_RULES.map((rule) => rule.type))).toEqual(new Set(RELATIONSHIP_TYPES));
    const graph = buildGraph({ entities: 2000, seed: 5 });
    const refused: string[] = [];
    for (let r = 0; r < graph.relationshipCount; r++) {
      const type = RELATIONSHIP_TYPES[graph.types[r]!]!;
      const from = ENTITY_KINDS[graph.kinds[graph.from[r]!]!]!;
      const to = ENTITY_KINDS[graph.kinds[graph.to[r]!]!]!;
      if (!allowsKinds(type, from, to)) refused.push(`${from} -[${type}]-> ${to}`);
    }
    expect(refused).toEqual([]);
    expect(graph.relationshipCount).toBeGreaterThan(2000);
  });

  it("gives the explorer's lines an arrow exactly for the directed types", () => {
    for (const type of RELATIONSHIP_TYPES) {
      expect(relationshipStyle(type).directed).toBe(!RELATIONSHIP_RULES[type].symmetric);
    }
    expect(Object.keys(RELATIONSHIP_STYLES)).toEqual([...RELATIONSHIP_TYPES]);
    expect(relationshipStyle('COOPERATES_WITH')).toEqual({ color: '#e0572b', directed: false, size: 3.5 });
  });
});
