/** Where a raw record was read: what a DatasetError about it names. */
export interface RecordPosition {
  /** The file name inside the dataset directory, e.g. `entities.jsonl`. */
  file: string;
  /** 1-based line where the record starts (in YAML, the line of its list item); null when unknown. */
  line: number | null;
  /** 0-based position among the file's records (blank lines are not records). */
  index: number;
}

/** A record as read from a file, before validation. */
export interface RawRecord {
  raw: unknown;
  position: RecordPosition;
}
