/**
 * A dataset that cannot be loaded. The message names the file (with the line, for JSON Lines), the
 * record and the field, so a curator can go straight to it:
 * `entities.yaml: entity "city:wenzhou": evidence[0].quote: ...` or
 * `entities.jsonl:12: entity "city:wenzhou": name: ...`.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    readonly file: string,
    readonly record: string | null,
    readonly field: string | null,
    readonly problem: string,
    /** 1-based line of the record in a JSON Lines file; null for YAML (records span lines). */
    readonly line: number | null = null,
  ) {
    const where = line === null ? file : `${file}:${line}`;
    super([where, record, field, problem].filter((part) => part !== null && part !== '').join(': '));
  }
}
