import { ENTITY_KINDS, KIND_TYPE_NAMES } from '../../../../model/index.js';
import { asInteger, readColumn } from '../decode/row-values.js';
import type { Neo4jRecord } from '../statement.js';

/** What an upsert statement reports: how many of its rows it created and how many it updated. */
export interface WriteCounts {
  created: number;
  updated: number;
}

export function writeCountsFrom(record: Neo4jRecord): WriteCounts {
  return {
    created: asInteger(readColumn(record, 'created'), 'created'),
    updated: asInteger(readColumn(record, 'updated'), 'updated'),
  };
}

/** Every kind label, `:`-joined: what a relabelled entity loses before it takes its kind's label. */
export const ALL_KIND_LABELS = ENTITY_KINDS.map((kind) => KIND_TYPE_NAMES[kind]).join(':');

/**
 * The clauses that make node `variable` hold an entity row: its properties replaced, and its kind label
 * alone among the kind labels (a change of kind relabels it). Shared by the upsert and the bulk import.
 */
export function setEntityRow(variable: string): string {
  return `SET ${variable} = row.props
REMOVE ${variable}:${ALL_KIND_LABELS}
SET ${variable}:$(row.label)`;
}

const KIND_LABELS: ReadonlySet<string> = new Set(Object.values(KIND_TYPE_NAMES));

/** Rows' labels go into `SET n:$(row.label)`: each must be a kind's label. */
export function assertKindLabels(rows: readonly { label: string }[]): void {
  for (const row of rows) {
    if (!KIND_LABELS.has(row.label)) throw new Error(`Not a kind label: ${row.label}`);
  }
}

/** An entity as an upsert or import row: its node properties and its kind's label. */
export interface EntityRow {
  props: Record<string, unknown>;
  label: string;
  /** The distinct ids its INFERRED evidence rests on, kept as basis links (parts/basis-links.ts). */
  basis: string[];
}

/** A relationship as an upsert or import row: its ends and its properties (its type is the statement's). */
export interface RelationshipRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** The distinct ids its INFERRED evidence rests on, kept as basis links (parts/basis-links.ts). */
  basis: string[];
}
