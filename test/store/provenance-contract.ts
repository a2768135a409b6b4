import { describe, expect, it } from 'vitest';
import type { Dataset, EvidenceKind, RelationshipRecord } from '../../src/model/index.js';
import { compareText } from '../../src/search/index.js';
import { citationId, type KnowledgeGraphStore } from '../../src/store/index.js';
import { neighborhoodRequest } from './neighborhood-request.js';

const PLAN = 'wenzhou-yrd-action-plan-2020';
/** "Wenzhou will deepen its comprehensive strategic cooperation with Jiading" in the plan's text. */
const JIADING_QUOTE = { start: 5128, end: 5200 };

/**
 * Provenance in the conformance suite: evidence kinds and their fields, offsets, source texts, the
 * reverse lookup (evidenceIn), the evidenceKinds filter and dates at reduced precision. Expectations
 * come from the dataset file. Called from describeStoreContract with its store and dataset.
 */
export function describeProvenanceContract(
  context: () => { store: KnowledgeGraphStore; dataset: Dataset },
): void {
  const hasKind = (kinds: readonly EvidenceKind[]) => (r: RelationshipRecord) =>
    r.evidence.some((item) => kinds.includes(item.kind));
  const touching = (id: string, accept: (r: RelationshipRecord) => boolean) =>
    context().dataset.relationships.filter((r) => (r.from === id || r.to === id) && accept(r));

  /** Every QUOTED record of the dataset overlapping the passage, as the port orders citations. */
  const citationsOf = (start: number, end: number) =>
    [...context().dataset.entities, ...context().dataset.relationships]
      .flatMap((fact) =>
        fact.evidence.flatMap((item, index) =>
          item.kind === 'QUOTED' && item.source === PLAN && item.start! < end && item.end! > start
            ? [{ id: citationId(fact.id, index), factId: fact.id, evidenceIndex: index }]
            : [],
        ),
      )
      .sort((a, b) => compareText(a.id, b.id));

  describe('provenance', () => {
    it('reads back every fact with its evidence kinds, offsets, mentions, notes and bases', async () => {
      const { store, dataset } = context();
      const kinds = new Set(dataset.relationships.flatMap((r) => r.evidence.map((item) => item.kind)));
      expect([...kinds].sort()).toEqual(['CITED', 'INFERRED', 'QUOTED']);
      expect(dataset.relationships.some((r) => r.evidence.some((item) => item.mentions))).toBe(true);
      expect(await store.getRelationships(dataset.relationships.map((r) => r.id))).toEqual(
        dataset.relationships,
      );
      expect(await store.getEntities(dataset.entities.map((e) => e.id))).toEqual(dataset.entities);
    });

    it('holds the text of a PRIMARY source, and no text for a REFERENCE or unknown one', async () => {
      const { store, dataset } = context();
      const [plan, reference, unknown] = await store.sourceTexts([PLAN, 'wikipedia-wenzhou', 'nowhere']);
      expect(plan).toBe(dataset.sourceTexts[PLAN]);
      expect(plan!.slice(JIADING_QUOTE.start, JIADING_QUOTE.end)).toBe(
        'Wenzhou will deepen its comprehensive strategic cooperation with Jiading',
      );
      expect([reference, unknown]).toEqual([null, null]);
    });

    it('finds every fact whose quote overlaps a passage, by fact id, with the record that cites it', async () => {
      const { store, dataset } = context();
      const expected = citationsOf(JIADING_QUOTE.start, JIADING_QUOTE.end);
      expect(expected.map((c) => c.factId)).toContain('city:wenzhou-[COOPERATES_WITH]->district:jiading');
      const page = await store.evidenceIn({ source: PLAN, ...JIADING_QUOTE, first: 100, after: null });
      expect(page.hasNextPage).toBe(false);
      expect(
        page.items.map((c) => ({
          id: c.id,
          factId: (c.entity ?? c.relationship)!.id,
          evidenceIndex: c.evidenceIndex,
        })),
      ).toEqual(expected);
      for (const citation of page.items) {
        const fact = citation.entity ?? citation.relationship;
        const expectedFact = [...dataset.entities, ...dataset.relationships].find((f) => f.id === fact!.id);
        expect(fact).toEqual(expectedFact);
        expect([citation.entity, citation.relationship].filter(Boolean)).toHaveLength(1);
      }
    });

    it('pages citations after a citation id, and treats the passage as [start, end)', async () => {
      const { store } = context();
      const expected = citationsOf(JIADING_QUOTE.start, JIADING_QUOTE.end).map((c) => c.id);
      expect(expected.length).toBeGreaterThan(2);
      const first = await store.evidenceIn({ source: PLAN, ...JIADING_QUOTE, first: 2, after: null });
      expect(first.items.map((c) => c.id)).toEqual(expected.slice(0, 2));
      expect(first.hasNextPage).toBe(true);
      const rest = await store.evidenceIn({
        source: PLAN,
        ...JIADING_QUOTE,
        first: 100,
        after: first.items[1]!.id,
      });
      expect(rest.items.map((c) => c.id)).toEqual(expected.slice(2));
      // The quote's last character is in the passage [end - 1, end); the character after it is not.
      const last = await store.evidenceIn({
        source: PLAN,
        start: JIADING_QUOTE.end - 1,
        end: JIADING_QUOTE.end,
        first: 100,
        after: null,
      });
      expect(last.items.map((c) => c.id)).toEqual(
        citationsOf(JIADING_QUOTE.end - 1, JIADING_QUOTE.end).map((c) => c.id),
      );
      const after = await store.evidenceIn({
        source: PLAN,
        start: JIADING_QUOTE.end,
        end: JIADING_QUOTE.end + 1,
        first: 100,
        after: null,
      });
      const jiading = citationId('city:wenzhou-[COOPERATES_WITH]->district:jiading', 0);
      expect(last.items.map((c) => c.id)).toContain(jiading);
      expect(after.items.map((c) => c.id)).not.toContain(jiading);
      expect(after.items.map((c) => c.id)).toEqual(
        citationsOf(JIADING_QUOTE.end, JIADING_QUOTE.end + 1).map((c) => c.id),
      );
    });

    it('finds no citation of a source nobody quotes', async () => {
      const { store } = context();
      const page = await store.evidenceIn({
        source: 'wikipedia-wenzhou',
        start: 0,
        end: 1000,
        first: 10,
        after: null,
      });
      expect(page).toEqual({ items: [], hasNextPage: false });
    });

    it.each([[['CITED']], [['INFERRED']], [['QUOTED']]] as EvidenceKind[][][])(
      'follows and returns only relationships with evidence of the kinds %j, whole',
      async (kinds) => {
        const { store, dataset } = context();
        const accept = hasKind(kinds);
        const subgraph = await store.neighborhood(
          neighborhoodRequest(['city:wenzhou'], { evidenceKinds: kinds }),
        );
        const neighbours = new Set(
          touching('city:wenzhou', accept).map((r) => (r.from === 'city:wenzhou' ? r.to : r.from)),
        );
        neighbours.delete('city:wenzhou');
        expect(neighbours.size).toBeGreaterThan(0);
        expect(subgraph!.nodes.map((n) => n.id)).toEqual([
          'city:wenzhou',
          ...[...neighbours].sort(compareText),
        ]);
        const kept = new Set(subgraph!.nodes.map((n) => n.id));
        expect(subgraph!.relationships).toEqual(
          dataset.relationships
            .filter((r) => kept.has(r.from) && kept.has(r.to) && accept(r))
            .sort((a, b) => compareText(a.id, b.id)),
        );
      },
    );

    it('selects the whole graph by evidence kind', async () => {
      const { store, dataset } = context();
      const graph = await store.graph({
        kinds: null,
        relationshipTypes: null,
        time: null,
        limit: 1000,
        evidenceKinds: ['INFERRED'],
      });
      expect(graph.nodes).toHaveLength(dataset.entities.length);
      expect(graph.relationships.map((r) => r.id)).toEqual(
        dataset.relationships
          .filter(hasKind(['INFERRED']))
          .map((r) => r.id)
          .sort(compareText),
      );
    });

    it("pages an entity's relationships with evidence of some kinds, and the level below alike", async () => {
      const { store } = context();
      const accept = hasKind(['CITED']);
      const request = {
        entityId: 'city:wenzhou',
        types: null,
        direction: 'BOTH' as const,
        evidenceKinds: ['CITED'] as EvidenceKind[],
        first: 100,
        after: null,
      };
      const [page] = await store.relationshipsOf([
        { ...request, next: { types: null, direction: 'BOTH', first: 100, evidenceKinds: ['CITED'] } },
      ]);
      const expected = touching('city:wenzhou', accept)
        .map((r) => r.id)
        .sort(compareText);
      expect(expected.length).toBeGreaterThan(0);
      expect(page!.items.map((r) => r.id)).toEqual(expected);
      page!.others.forEach((other, index) => {
        expect(page!.nextPages![index]!.items.map((r) => r.id)).toEqual(
          touching(other.id, accept)
            .map((r) => r.id)
            .sort(compareText),
        );
      });
    });

    describe('dates at reduced precision', () => {
      // The plan gives years: its tasks are PART_OF it from "2019" to "2025".
      const planRelationships = async (time: {
        asOf: string | null;
        from: string | null;
        to: string | null;
      }) => {
        const { store } = context();
        const subgraph = await store.neighborhood(
          neighborhoodRequest(['plan:wenzhou-yrd-action-plan'], { time }),
        );
        return subgraph!.relationships.map((r) => r.id);
      };
      const taskOne = 'task:task-one-[PART_OF]->plan:wenzhou-yrd-action-plan';

      it('holds the dates as the source gives them', async () => {
        const [record] = await context().store.getRelationships([taskOne]);
        expect(record!.properties).toMatchObject({ validFrom: '2019', validTo: '2025' });
      });

      it.each([
        ['2018-12-31', false],
        ['2019-01-01', true],
        ['2025-12-31', true],
        ['2026-01-01', false],
      ])(
        'reads validFrom "2019" as from the first day of 2019 and validTo "2025" as to its last: as of %s, %s',
        async (asOf, kept) => {
          const ids = await planRelationships({ asOf, from: null, to: null });
          expect(ids.includes(taskOne)).toBe(kept);
        },
      );

      it('keeps a year-dated relationship in a window that touches the year by one day', async () => {
        expect(await planRelationships({ asOf: null, from: '2025-12-31', to: '2030-01-01' })).toContain(
          taskOne,
        );
        expect(await planRelationships({ asOf: null, from: '2010-01-01', to: '2019-01-01' })).toContain(
          taskOne,
        );
        expect(await planRelationships({ asOf: null, from: '2026-01-01', to: '2030-01-01' })).not.toContain(
          taskOne,
        );
        expect(await planRelationships({ asOf: null, from: '2010-01-01', to: '2018-12-31' })).not.toContain(
          taskOne,
        );
      });
    });
  });
}
