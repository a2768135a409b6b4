import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PORT_QUOTED, useCurationHarness } from '../support/curation-harness.js';

// The grounding rule (src/validation/grounding.ts) on the embedded store (project main) and on Neo4j
// (project neo4j-writes): every inference leads, through what it rests on, to QUOTED or CITED evidence.
const QUOTED = PORT_QUOTED;
const UPSERT_ENTITY = `mutation ($entity: EntityInput!) { upsertEntity(entity: $entity) { changed } }`;
const IMPORT = `mutation ($e: String) { importDataset(entities: $e) { changed } }`;
const LEADS_NOWHERE =
  'An inference must lead, through what it rests on, to a record with QUOTED or CITED evidence; give one record of the ring such evidence, or rest it on one that has it.';

describe(`the grounding rule (${process.env['TEST_STORE'] ?? 'embedded'} store)`, () => {
  const { execute } = useCurationHarness('grounding');
  // Neo4j keeps (:Change) nodes across test files: fresh ids keep this run's records apart.
  const run = randomUUID().slice(0, 8);
  const idOf = (name: string) => `park:grounding-${name}-${run}`;

  const inferred = (...basis: string[]) => ({ kind: 'INFERRED', rationale: 'Read from the others.', basis });
  const park = (name: string, evidence: unknown[]) => ({
    id: idOf(name),
    kind: 'PARK',
    name: `Grounding ${name} park`,
    evidence,
  });
  const upsert = (name: string, evidence: unknown[]) =>
    execute(UPSERT_ENTITY, { entity: park(name, evidence) });
  const isStored = async (id: string) =>
    (await execute(`query ($id: ID!) { entity(id: $id) { id } }`, { id })).data?.['entity'] !== null;
  const evidenceKindsOf = async (id: string) =>
    (
      (await execute(`query ($id: ID!) { entity(id: $id) { evidence { kind } } }`, { id })).data?.[
        'entity'
      ] as { evidence: { kind: string }[] }
    ).evidence.map((item) => item.kind);

  it('refuses an INFERRED record that names nothing it rests on', async () => {
    for (const basis of [[], null]) {
      const result = await execute(UPSERT_ENTITY, {
        entity: park('empty', [{ kind: 'INFERRED', rationale: 'Common knowledge.', basis }]),
      });
      expect(result.errors?.[0]).toMatchObject({
        message:
          '`entity.evidence[0].basis` must name at least one entity or relationship the inference is drawn from (its id); what no fact of the graph supports is CITED from a source instead.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'entity.evidence[0].basis' },
      });
    }
    expect(await isStored(idOf('empty'))).toBe(false);
  });

  it('refuses a record whose only evidence rests on itself, and keeps one that also quotes', async () => {
    const alone = await upsert('self', [inferred(idOf('self'))]);
    expect(alone.errors?.[0]).toMatchObject({
      message: `\`entity.evidence[0].basis\` leads to no source: ${idOf('self')} rests on ${idOf('self')}. ${LEADS_NOWHERE}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'entity.evidence[0].basis' },
    });
    expect(await isStored(idOf('self'))).toBe(false);

    // An alias read from the quoted entity itself: the inference rests on the quote.
    const quoted = await upsert('self-quoted', [QUOTED, inferred(idOf('self-quoted'))]);
    expect(quoted.errors).toBeUndefined();
    expect(await evidenceKindsOf(idOf('self-quoted'))).toEqual(['QUOTED', 'INFERRED']);
  });

  it('takes a chain that ends in a quote, and refuses the write that would close it into a ring', async () => {
    // a is quoted; b rests on a; c rests on b: every inference leads to the quote.
    expect((await upsert('a', [QUOTED])).errors).toBeUndefined();
    expect((await upsert('b', [inferred(idOf('a'))])).errors).toBeUndefined();
    expect((await upsert('c', [inferred(idOf('b'))])).errors).toBeUndefined();
    // a gives up its quote to rest on c: a, b and c would rest only on one another.
    const ring = await upsert('a', [inferred(idOf('c'))]);
    expect(ring.errors?.[0]).toMatchObject({
      message: `\`entity.evidence[0].basis\` leads to no source: ${idOf('a')} rests on ${idOf('c')}, which rests on ${idOf('b')}, which rests on ${idOf('a')}. ${LEADS_NOWHERE}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'entity.evidence[0].basis' },
    });
    expect(await evidenceKindsOf(idOf('a'))).toEqual(['QUOTED']);
    // Resting on c beside its quote is no ring: a still has a source.
    expect((await upsert('a', [QUOTED, inferred(idOf('c'))])).errors).toBeUndefined();
    expect(await evidenceKindsOf(idOf('a'))).toEqual(['QUOTED', 'INFERRED']);
  });

  it('refuses an import whose records rest only on each other, writing none of them', async () => {
    const record = (name: string, basis: string) =>
      `  - id: ${idOf(name)}\n    kind: PARK\n    name: Grounding ${name} park\n    evidence:\n      - kind: INFERRED\n        rationale: Read from the other.\n        basis: [${basis}]\n`;
    const result = await execute(IMPORT, {
      e: `entities:\n${record('x', idOf('y'))}${record('y', idOf('x'))}`,
    });
    expect(result.errors?.[0]).toMatchObject({
      message: `entities.yaml:2: entity "${idOf('x')}": \`evidence[0].basis\` leads to no source: ${idOf('x')} rests on ${idOf('y')}, which rests on ${idOf('x')}. ${LEADS_NOWHERE}`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect([await isStored(idOf('x')), await isStored(idOf('y'))]).toEqual([false, false]);
  });

  // Each write alone leads to a quote; together they would close a ring. Under concurrency one of them
  // must read what the other wrote (Neo4j reads are only read-committed: the walk locks what it reads).
  it('lets only one of two concurrent writes that would together close a ring land', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [p, q, r, s] = ['p', 'q', 'r', 's'].map((name) => `${name}${attempt}`);
      // p and r are quoted, q rests on r, s rests on p: p → q → r → s → p closes once p and r give up their quotes.
      for (const [name, evidence] of [
        [p, [QUOTED]],
        [r, [QUOTED]],
        [q, [inferred(idOf(r!))]],
        [s, [inferred(idOf(p!))]],
      ] as const) {
        expect((await upsert(name!, [...evidence])).errors).toBeUndefined();
      }
      const results = await Promise.all([upsert(p!, [inferred(idOf(q!))]), upsert(r!, [inferred(idOf(s!))])]);
      const codes = results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'WRITTEN');
      expect(codes.sort()).toEqual(['BAD_USER_INPUT', 'WRITTEN']);
      const sourced = [(await evidenceKindsOf(idOf(p!)))[0], (await evidenceKindsOf(idOf(r!)))[0]];
      expect(sourced.sort()).toEqual(['INFERRED', 'QUOTED']);
    }
  });
});
