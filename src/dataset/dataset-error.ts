/**
 * A dataset that cannot be loaded. The message names the file and line, the record and the field, so
 * a curator can go straight to it: `entities.yaml:40: entity "city:wenzhou": evidence[0].start: ...`
 * or `entities.jsonl:12: entity "city:wenzhou": name: ...`.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    readonly file: string,
    readonly record: string | null,
    readonly field: string | null,
    readonly problem: string,
    /** 1-based line where the record starts (its line in JSON Lines, its list item in YAML); null when unknown. */
    readonly line: number | null = null,
  ) {
    const where = line === null ? file : `${file}:${line}`;
    super([where, record, field, problem].filter((part) => part !== null && part !== '').join(': '));
  }
}
