import { KIND_ID_PREFIX } from '../../src/model/index.js';
import type { SentenceAnalysis } from './find-mentions.js';
import type { Mention } from './mention.js';
import { normaliseName, slugOf } from './normalise-name.js';
import type { EvidenceSpan, ProposedEntity } from './proposal.js';

/** Evidence records kept per entity: the first clauses that name it. */
export const MAX_ENTITY_EVIDENCE = 2;

/** The entities of the mentions, and which entity each mention names. */
export interface EntityIndex {
  readonly entities: ProposedEntity[];
  entityOf(mention: Mention): ProposedEntity;
}

/**
 * Groups mentions into entities: one per known id, else one per normalised name (the first
 * mention's kind and spelling win). New ids are `<kind prefix>:<slug of the name>`, made unique with
 * a number where two names share a slug. `evidenceOf` gives the QUOTED span for a mention.
 */
export function buildEntities(
  analyses: readonly SentenceAnalysis[],
  evidenceOf: (mention: Mention) => EvidenceSpan,
): EntityIndex {
  const byKey = new Map<string, { mentions: Mention[] }>();
  // A new mention with a known entity's wording ("“Made in Wenzhou”" around the known "Made in
  // Wenzhou") names that entity.
  const knownByName = new Map<string, string>();
  for (const analysis of analyses) {
    for (const mention of analysis.mentions) {
      if (!mention.knownId) continue;
      const surface = analysis.words.slice(mention.firstWord, mention.lastWord + 1).map((word) => word.text);
      knownByName.set(normaliseName(mention.name), mention.knownId);
      knownByName.set(normaliseName(surface.join(' ')), mention.knownId);
    }
  }
  // "Wenzhou City" and "Wenzhou" are one city.
  const keyOf = (mention: Mention): string => {
    if (mention.knownId) return mention.knownId;
    const name = normaliseName(
      mention.kind === 'CITY' ? mention.name.replace(/\s+city$/i, '') : mention.name,
    );
    return knownByName.get(name) ?? name;
  };
  for (const analysis of analyses) {
    for (const mention of analysis.mentions) {
      const key = keyOf(mention);
      const group = byKey.get(key) ?? { mentions: [] };
      group.mentions.push(mention);
      byKey.set(key, group);
    }
  }
  // New ids never take a known entity's id.
  const usedIds = new Set<string>(knownByName.values());
  const byKeyEntity = new Map<string, ProposedEntity>();
  for (const [key, { mentions }] of byKey) {
    // A known entity speaks through its known mention, wherever the group's first mention came from.
    const first = mentions.find((mention) => mention.knownId) ?? mentions[0]!;
    let id =
      first.knownId ??
      `${KIND_ID_PREFIX[first.kind]}:${first.kind === 'MILESTONE' ? String(first.number) : slugOf(first.name)}`;
    if (!first.knownId) {
      const base = id;
      for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
    }
    usedIds.add(id);
    const evidence: EvidenceSpan[] = [];
    for (const mention of mentions) {
      const span = evidenceOf(mention);
      if (evidence.some((known) => known.start === span.start && known.end === span.end)) continue;
      evidence.push(span);
      if (evidence.length === MAX_ENTITY_EVIDENCE) break;
    }
    const attributes =
      first.kind === 'TASK'
        ? { number: first.number }
        : first.kind === 'MILESTONE'
          ? { year: first.number }
          : undefined;
    byKeyEntity.set(key, {
      id,
      kind: first.kind,
      name: first.name,
      aliases: [...new Set(mentions.flatMap((mention) => mention.aliases ?? []))],
      known: first.knownId !== undefined,
      mentions,
      evidence,
      ...(attributes ? { attributes } : {}),
    });
  }
  return {
    entities: [...byKeyEntity.values()],
    entityOf: (mention) => byKeyEntity.get(keyOf(mention))!,
  };
}
