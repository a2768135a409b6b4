import type { EntityKind } from '../../src/model/index.js';

/** An entity of a reference dataset, by the names the text may use for it. */
export interface KnownEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A place in the text where a known entity's name or alias occurs. */
export interface KnownOccurrence {
  readonly entity: KnownEntity;
  readonly start: number;
  readonly end: number;
}

const HAS_LATIN = /\p{Script=Latin}/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence of a known entity's name or alias in the text, ignoring case. A Latin-script
 * name must stand as whole words ("Wenzhou" is not found in "Wenzhouese"); a Chinese name is found
 * wherever its characters are, as Chinese has no spaces between words. Curly quotes around a name
 * ("“Made in Wenzhou”") are part of some names and optional in the text.
 */
export function findKnownOccurrences(text: string, entities: readonly KnownEntity[]): KnownOccurrence[] {
  const occurrences: KnownOccurrence[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    for (const raw of [entity.name, ...entity.aliases]) {
      const name = raw.replace(/^[“"]|[”"]$/g, '').trim();
      if (name.length < 2) continue;
      const pattern = HAS_LATIN.test(name)
        ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu')
        : new RegExp(escape(name), 'gu');
      for (const match of text.matchAll(pattern)) {
        const key = `${entity.id}@${match.index}:${match.index + match[0].length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        occurrences.push({ entity, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  return occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
}
