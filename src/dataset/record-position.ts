/** Where a raw record was read: what a DatasetError about it names. */
export interface RecordPosition {
  /** The file name inside the dataset directory, e.g. `entities.jsonl`. */
  file: string;
  /** 1-based line in a JSON Lines file; null in YAML, where a record spans lines. */
  line: number | null;
  /** 0-based position among the file's records (blank lines are not records). */
  index: number;
}

/** A record as read from a file, before validation. */
export interface RawRecord {
  raw: unknown;
  position: RecordPosition;
}
