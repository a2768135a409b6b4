import type { RawEvidence, RawSource } from './raw-dataset.js';

/** The provenance of an evidence record; `CURATED` is the retired kind of datasets written before it. */
export type EvidenceKind = 'QUOTED' | 'CITED' | 'INFERRED' | 'CURATED';

/**
 * The kind of `evidence`: its `kind` when written, else QUOTED for a quote of a PRIMARY source (the
 * migration adds `kind: QUOTED` to exactly those), else CURATED (a fact from a retired CURATED source).
 */
export function evidenceKind(evidence: RawEvidence, sources: ReadonlyMap<string, RawSource>): EvidenceKind {
  if (evidence.kind === 'QUOTED' || evidence.kind === 'CITED' || evidence.kind === 'INFERRED')
    return evidence.kind;
  if (evidence.kind !== undefined) throw new Error(`unknown evidence kind "${evidence.kind}"`);
  const source = evidence.source === undefined ? undefined : sources.get(evidence.source);
  return source?.kind === 'PRIMARY' && evidence.quote !== undefined ? 'QUOTED' : 'CURATED';
}
