/** The shape of a bench run's results (its JSON in results/), which the report and the summary read. */
import { parseSize } from '../generate/parse-size.js';
import type { LoadResult } from './http-load.js';

/** One row of results: one query on one target at one size. */
export interface ResultRow extends LoadResult {
  size: string;
  /** Ours (`embedded`, `neo4j`), the in-process limit (`driver`), the HTTP limit, the peer, and for the
   * trivial operation Apollo's hello-world and our `/health`. */
  target: 'embedded' | 'neo4j' | 'driver' | 'http-limit' | 'peer' | 'hello' | 'health';
  query: string;
  /** Concurrent clients (HTTP connections, or driver workers). */
  connections: number;
  /** Store calls (Neo4j: round trips) per request; null where not counted. */
  storeCallsPerRequest: number | null;
  rssBeforeMb: number | null;
  rssAfterMb: number | null;
  /** Rounds this row is the median of (the trivial operation's rows in runs before 3 December 2026); absent: one. */
  medianOf?: number;
  /** Turns this row pools (the Neo4j targets of a query take turns); absent: one run. */
  turns?: number;
}

export interface BenchResults {
  date: string;
  /** The commit measured (`git rev-parse HEAD`), with `+dirty` when the work tree had changes. */
  commit?: string;
  command: string;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  loading: Record<string, unknown>[];
  rows: ResultRow[];
  notes: string[];
  peerCannot: Record<string, string>;
  roundTripChecks: Record<string, unknown>[];
}

/**
 * The sizes of these rows, smallest first. Why not in the order they were measured: a run appended to
 * another (`--append`) may measure a smaller size after a larger one, and the reports read the first
 * size as the smallest (growth is from the first to the last).
 */
export function sizesOf(rows: readonly Pick<ResultRow, 'size'>[]): string[] {
  return [...new Set(rows.map((row) => row.size))].sort((a, b) => parseSize(a) - parseSize(b));
}
