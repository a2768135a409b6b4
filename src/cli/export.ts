import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config.js';
import { DatasetError } from '../dataset/index.js';
import { isKgError } from '../errors.js';
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMAT_NAMES,
  exportFormatNamed,
  exportSubgraph,
  FILE_LABELS,
  withEvidenceOfKinds,
} from '../export/index.js';
import {
  DIRECTIONS,
  ENTITY_KINDS,
  EVIDENCE_KINDS,
  RELATIONSHIP_TYPES,
  type Direction,
  type EntityKind,
  type EvidenceKind,
  type RelationshipType,
} from '../model/index.js';
import {
  DEFAULTS,
  LIMITS,
  parseDirection,
  parseKinds,
  parseNames,
  parseRelationshipTypes,
  parseTimeFilter,
  selectNeighborhood,
  selectPath,
  selectSubgraph,
  type TimeFilterInput,
} from '../selection/index.js';
import type { KnowledgeGraphStore, PathRecord, SubgraphRecord } from '../store/index.js';
import { openStore } from './open-store.js';

const USAGE = `Usage: npm run export -- --format FORMAT --out FILE WHAT [FILTERS]

Writes part of the graph to FILE (or to standard output with --out -), from the store the environment
names (NEO4J_URI, or the embedded store with DATASET_DIR), and prints a one-line summary to stderr.

  --format FORMAT        ${EXPORT_FORMAT_NAMES.join(', ')}
  --out FILE             where to write; - for standard output
  --bom                  start a CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8

A CSV export is three files: csv-nodes, csv-edges and csv-evidence (one row per evidence record,
keyed by itemType, itemId and index); run the command once for each.

WHAT, exactly one of (the same selections, defaults and limits as /export and the GraphQL API):
  --neighborhood ID      the entities around ID: --depth N (1 to ${LIMITS.neighborhoodDepth}, default ${DEFAULTS.neighborhoodDepth}),
                         --limit N entities (at most ${LIMITS.neighborhoodNodes}, default ${DEFAULTS.neighborhoodNodes}),
                         --direction ${DIRECTIONS.join('|')} (default ${DEFAULTS.direction}),
                         --per-node-limit N neighbours expanded per entity,
                         --evidence-kinds A,B: only relationships with evidence of these kinds
                         (${EVIDENCE_KINDS.join(', ')}), and only that evidence written
  --path FROM TO         a shortest path between two entities: --max-hops N (1 to ${LIMITS.pathHops}, default ${DEFAULTS.pathHops})
  --graph                the whole graph, or with --around A,B the entities around those ids:
                         --depth N (1 to ${LIMITS.neighborhoodDepth}, default ${DEFAULTS.selectionDepth}),
                         --limit N entities (at most ${LIMITS.selectionNodes}, default ${DEFAULTS.selectionNodes})

FILTERS:
  --kinds A,B            keep only entities of these kinds (${ENTITY_KINDS.slice(0, 3).join(', ')} …; --path ignores it)
  --types A,B            keep only relationships of these types (${RELATIONSHIP_TYPES.slice(0, 2).join(', ')} …)
  --time-as-of DATE      keep only relationships valid on that day (2025-12-31)
  --time-from DATE       keep only relationships valid at some time from DATE (2025, 2025-06 or 2025-12-31)
  --time-to DATE         keep only relationships valid at some time up to DATE
Kinds and types are the schema's names, in upper case, as at every door of the API.

Exit codes: 0 written, 2 bad arguments, 1 anything else.

Example: npm run export -- --format gexf --out jiading.gexf --neighborhood district:jiading --depth 2`;

/** A problem with the command line: reported with the usage text, exit code 2. */
class UsageError extends Error {}

interface ExportCommand {
  format: NonNullable<ReturnType<typeof exportFormatNamed>>;
  out: string;
  what: { neighborhood: string } | { path: [string, string]; maxHops: number | null } | { graph: true };
  around: string[] | null;
  depth: number | null;
  kinds: EntityKind[] | null;
  types: RelationshipType[] | null;
  time: TimeFilterInput;
  limit: number | null;
  direction: Direction | null;
  perNodeLimit: number | null;
  evidenceKinds: EvidenceKind[] | null;
  bom: boolean;
}

function parseCommand(argv: string[]): ExportCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      neighborhood: { type: 'string' },
      depth: { type: 'string' },
      path: { type: 'string' },
      'max-hops': { type: 'string' },
      graph: { type: 'boolean' },
      around: { type: 'string' },
      kinds: { type: 'string' },
      types: { type: 'string' },
      'time-as-of': { type: 'string' },
      'time-from': { type: 'string' },
      'time-to': { type: 'string' },
      limit: { type: 'string' },
      direction: { type: 'string' },
      'per-node-limit': { type: 'string' },
      'evidence-kinds': { type: 'string' },
      bom: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.format) throw new UsageError('--format is required.');
  const format = exportFormatNamed(values.format.toLowerCase());
  if (!format)
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')} (got "${values.format}").`,
    );
  if (values.bom && !EXPORT_FORMAT_INFO[format].byteOrderMark)
    throw new UsageError(`--bom is only for the CSV formats (got --format ${values.format}).`);
  if (!values.out) throw new UsageError('--out is required (a file, or - for standard output).');

  const chosen = [values.neighborhood !== undefined, values.path !== undefined, values.graph === true].filter(
    Boolean,
  );
  if (chosen.length !== 1)
    throw new UsageError('Give exactly one of --neighborhood ID, --path FROM TO or --graph.');
  let what: ExportCommand['what'];
  if (values.neighborhood !== undefined) {
    what = { neighborhood: values.neighborhood };
  } else if (values.path !== undefined) {
    const to = positionals.shift();
    if (!to) throw new UsageError('--path needs two ids: --path FROM TO.');
    what = { path: [values.path, to], maxHops: whole('--max-hops', values['max-hops']) };
  } else {
    what = { graph: true };
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  if (values.around !== undefined && !('graph' in what)) throw new UsageError('--around goes with --graph.');
  for (const option of ['direction', 'per-node-limit', 'evidence-kinds'] as const) {
    if (values[option] !== undefined && !('neighborhood' in what)) {
      throw new UsageError(`--${option} goes with --neighborhood.`);
    }
  }
  const time = { asOf: values['time-as-of'], from: values['time-from'], to: values['time-to'] };
  asUsage(() => parseTimeFilter(time));
  return {
    format,
    out: values.out,
    what,
    around: values.around === undefined ? null : values.around.split(',').map((id) => id.trim()),
    depth: whole('--depth', values.depth),
    kinds: asUsage(() => parseKinds('kinds', values.kinds)),
    types: asUsage(() => parseRelationshipTypes('relationshipTypes', values.types)),
    time,
    limit: whole('--limit', values.limit),
    direction: asUsage(() => parseDirection('direction', values.direction)),
    perNodeLimit: whole('--per-node-limit', values['per-node-limit']),
    evidenceKinds: asUsage(() => parseNames('evidenceKinds', values['evidence-kinds'], EVIDENCE_KINDS)),
    bom: values.bom === true,
  };
}

/** A name the selection refuses is a bad option: reported with the usage text before the store opens. */
function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isKgError(error)) throw new UsageError(optionNames(error.message));
    throw error;
  }
}

/** The selection names its arguments as the API does; the command line spells them as options. */
function optionNames(message: string): string {
  return message
    .replace('`kinds`', '--kinds')
    .replace('`relationshipTypes`', '--types')
    .replace('`direction`', '--direction')
    .replace('`perNodeLimit`', '--per-node-limit')
    .replace('`evidenceKinds`', '--evidence-kinds')
    .replace(/`time\.(asOf|from|to)`/g, (_match, key: string) => `--time-${key === 'asOf' ? 'as-of' : key}`);
}

function whole(option: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number (got "${value}").`);
  return Number(value);
}

async function fetchSubgraph(
  store: KnowledgeGraphStore,
  command: ExportCommand,
): Promise<{ subgraph: SubgraphRecord | PathRecord; label: string }> {
  const { what } = command;
  if ('path' in what) {
    const [from, to] = what.path;
    const path = await selectPath(store, {
      from,
      to,
      maxHops: what.maxHops,
      relationshipTypes: command.types,
      time: command.time,
    });
    return { subgraph: path, label: FILE_LABELS.path(from, to) };
  }
  if ('neighborhood' in what) {
    const id = what.neighborhood;
    const subgraph = await selectNeighborhood(store, {
      id,
      depth: command.depth,
      limit: command.limit,
      kinds: command.kinds,
      relationshipTypes: command.types,
      direction: command.direction,
      perNodeLimit: command.perNodeLimit,
      evidenceKinds: command.evidenceKinds,
      time: command.time,
    });
    // As GraphQL's `export` and `/export` of such a neighbourhood: only that evidence is written.
    return {
      subgraph: withEvidenceOfKinds(subgraph, command.evidenceKinds),
      label: FILE_LABELS.neighborhood(id),
    };
  }
  const { around } = command;
  const subgraph = await selectSubgraph(store, {
    around,
    depth: command.depth,
    kinds: command.kinds,
    relationshipTypes: command.types,
    time: command.time,
    limit: command.limit,
  });
  return { subgraph, label: FILE_LABELS.graph(around) };
}

/** `npm run export`: writes a subgraph to a file in a visualisation format. */
async function main(): Promise<number> {
  let command: ExportCommand;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const config = loadConfig();
  // Logs go to stderr, warnings and worse unless LOG_LEVEL asks for more, so `--out -` leaves
  // standard output to the file alone.
  const level = config.logLevel === 'info' ? 'warn' : config.logLevel;
  const logger = pino({ level, base: { service: 'yrd-graph-export' } }, pino.destination(2));
  const store = await openStore(config, logger);
  try {
    const { subgraph, label } = await fetchSubgraph(store, command);
    const file = exportSubgraph(subgraph, command.format, { label, byteOrderMark: command.bom });
    if (command.out === '-') process.stdout.write(file.content);
    else await writeFile(command.out, file.content, 'utf8');
    const truncated = 'truncated' in subgraph && subgraph.truncated ? ' (truncated at --limit)' : '';
    console.error(
      `Wrote ${subgraph.nodes.length} entities and ${subgraph.relationships.length} relationships as ${EXPORT_FORMAT_INFO[command.format].name} to ${command.out === '-' ? 'standard output' : command.out}${truncated}.`,
    );
    return 0;
  } catch (error) {
    // Bad ids and limits are the user's to fix, like bad options.
    if (isKgError(error) && ['BAD_USER_INPUT', 'NOT_FOUND', 'LIMIT_EXCEEDED'].includes(error.code)) {
      console.error(`yrd-graph export: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatasetError) {
      console.error(`yrd-graph export cannot start.\n${error.message}`);
    } else {
      console.error('yrd-graph export failed:', error);
    }
    process.exit(1);
  },
);
