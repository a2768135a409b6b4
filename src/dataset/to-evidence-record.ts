import type { EvidenceRecord } from '../model/index.js';

/** An evidence item of the file format as the stores hold it (a missing section is null). */
export function toEvidenceRecord(item: {
  quote: string;
  section?: string | null | undefined;
  source: string;
}): EvidenceRecord {
  return { quote: item.quote, section: item.section ?? null, source: item.source };
}
