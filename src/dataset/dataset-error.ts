/**
 * A dataset that cannot be loaded. The message names the file, the record and the field, so a
 * curator can go straight to the line: `entities.yaml: entity "city:wenzhou": evidence[0].quote: ...`.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    readonly file: string,
    readonly record: string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super([file, record, field, problem].filter((part) => part !== null && part !== '').join(': '));
  }
}
