import express, { type Request, type Response, type Router } from 'express';
import {
  BAD_REQUEST_STATUSES,
  BadInputError,
  BadRequestError,
  BusyError,
  InternalServerError,
  isKgError,
} from '../errors.js';
import {
  EXPORT_FORMAT_NAMES,
  exportFormatNamed,
  FILE_LABELS,
  withEvidenceOfKinds,
  type ExportableSubgraph,
} from '../export/index.js';
import { EVIDENCE_KINDS } from '../model/index.js';
import type { Logger } from '../logger.js';
import { processWorkTurns, RequestOwner, UnwantedWorkError, type WorkTurns } from '../turns/index.js';
import {
  parseDirection,
  parseKinds,
  parseNames,
  parseRelationshipTypes,
  selectNeighborhood,
  selectPath,
  selectSubgraph,
  type TimeFilterInput,
} from '../selection/index.js';
import type { KnowledgeGraphStore } from '../store/index.js';
import { afterRefusalDelay } from './refuse-over-limit-queries.js';
import { writeErrorBody } from './write-error-body.js';

export interface ExportRouterOptions {
  store: KnowledgeGraphStore;
  logger: Logger;
  /** How long a BUSY refusal is held back (AppOptions.refusalDelayMs). @default 0 */
  refusalDelayMs?: number;
  /** Where downloads wait for their turn (AppOptions.workTurns). @default the process's */
  workTurns?: WorkTurns;
}

/**
 * File downloads of subgraphs, mounted at `/export`: `GET /neighborhood?id=&depth=&relationshipTypes=A,B&direction=&kinds=&limit=&perNodeLimit=&evidenceKinds=`
 * (GraphQL's `neighborhood` arguments),
 * `GET /path?from=&to=&maxHops=&relationshipTypes=` and `GET /graph?kinds=&relationshipTypes=&around=&depth=&limit=`,
 * each with the time filter `time.asOf=`, `time.from=`, `time.to=` and `format=` one of cytoscape, graphology, d3, gexf, graphml, csv-nodes, csv-edges, csv-evidence
 * (a CSV export is three files, one download each, sharing a file-name stem) and, for CSV, `bom=true` to
 * start the file with a UTF-8 byte-order mark for Excel. The selection (its defaults, limits and
 * error codes) is GraphQL's, from `src/selection`; this router only reads it from the query string. Errors are
 * written by `writeErrorBody`, with the status of their code (400 for bad input and limits, 404 for an
 * unknown id or no path, 504 for a timeout, 503 without a store), anything unexpected a masked 500.
 *
 * A download is written in its turn (see WorkTurns): when too many wait, it is refused before its
 * subgraph is read, 503 `BUSY` with `Retry-After`.
 */
export function createExportRouter(options: ExportRouterOptions): Router {
  const { store, logger } = options;
  const refusalDelayMs = options.refusalDelayMs ?? 0;
  const turns = options.workTurns ?? processWorkTurns;
  const router = express.Router();

  // Refused before the query string is read or the subgraph selected: a refusal costs nothing of the
  // work it refuses.
  router.get(['/neighborhood', '/path', '/graph'], (_request, _response, next) => {
    turns.assertRoom();
    next();
  });

  router.get('/neighborhood', async (request, response) => {
    // GraphQL's `neighborhood` arguments, each a parameter: what a page queried, it can download.
    const query = readQuery(request, [
      'id',
      'depth',
      'limit',
      'relationshipTypes',
      'direction',
      'kinds',
      'perNodeLimit',
      'evidenceKinds',
    ]);
    const format = formatOf(query);
    const bom = boolean(query, 'bom') ?? false;
    const id = required(query, 'id');
    const evidenceKinds = parseNames('evidenceKinds', query['evidenceKinds'], EVIDENCE_KINDS);
    const subgraph = await selectNeighborhood(store, {
      id,
      depth: integer(query, 'depth'),
      limit: integer(query, 'limit'),
      relationshipTypes: parseRelationshipTypes('relationshipTypes', query['relationshipTypes']),
      direction: parseDirection('direction', query['direction']),
      kinds: parseKinds('kinds', query['kinds']),
      perNodeLimit: integer(query, 'perNodeLimit'),
      evidenceKinds,
      time: time(query),
    });
    // As GraphQL's `export` of such a neighbourhood: only the evidence of those kinds is written.
    const written = withEvidenceOfKinds(subgraph, evidenceKinds);
    await send(turns, response, written, format, FILE_LABELS.neighborhood(id), bom);
  });

  router.get('/path', async (request, response) => {
    const query = readQuery(request, ['from', 'to', 'maxHops', 'relationshipTypes']);
    const format = formatOf(query);
    const bom = boolean(query, 'bom') ?? false;
    const from = required(query, 'from');
    const to = required(query, 'to');
    const path = await selectPath(store, {
      from,
      to,
      maxHops: integer(query, 'maxHops'),
      relationshipTypes: parseRelationshipTypes('relationshipTypes', query['relationshipTypes']),
      time: time(query),
    });
    await send(turns, response, path, format, FILE_LABELS.path(from, to), bom);
  });

  router.get('/graph', async (request, response) => {
    const query = readQuery(request, ['around', 'depth', 'kinds', 'relationshipTypes', 'limit']);
    const format = formatOf(query);
    const bom = boolean(query, 'bom') ?? false;
    const around = list(query, 'around');
    const subgraph = await selectSubgraph(store, {
      around,
      depth: integer(query, 'depth'),
      kinds: parseKinds('kinds', query['kinds']),
      relationshipTypes: parseRelationshipTypes('relationshipTypes', query['relationshipTypes']),
      time: time(query),
      limit: integer(query, 'limit'),
    });
    await send(turns, response, subgraph, format, FILE_LABELS.graph(around), bom);
  });

  // A download URL asked for by another method exists, just not for that method: HTTP's 405, as
  // /graphql answers. OPTIONS is left to Express, which lists the methods.
  router.all(['/neighborhood', '/path', '/graph'], (request, response, next) => {
    if (request.method === 'OPTIONS') return next();
    writeErrorBody(
      response,
      new BadRequestError(
        `A download is asked for by GET, not ${request.method}.`,
        BAD_REQUEST_STATUSES.methodNotAllowed,
      ),
      { headers: { allow: 'GET, HEAD' } },
    );
  });

  // Express 5 passes rejected promises of async handlers here.
  router.use((error: unknown, _request: Request, response: Response, _next: express.NextFunction) => {
    // Dropped because its client had gone: there is nobody to answer.
    if (error instanceof UnwantedWorkError) return;
    if (error instanceof BusyError) {
      const headers = { 'retry-after': String(error.retryAfterSeconds) };
      return afterRefusalDelay(refusalDelayMs, () => writeErrorBody(response, error, { headers }));
    }
    if (isKgError(error)) return writeErrorBody(response, error);
    logger.error({ err: error, requestId: response.locals['requestId'] }, 'unexpected error in an export');
    writeErrorBody(response, new InternalServerError());
  });

  return router;
}

type Query = Record<string, string>;

async function send(
  turns: WorkTurns,
  response: Response,
  subgraph: ExportableSubgraph,
  format: ReturnType<typeof formatOf>,
  label: string,
  byteOrderMark: boolean,
): Promise<void> {
  // A client that has gone while its download waited leaves the turns: its file is not written.
  const owner = new RequestOwner(response.req.socket);
  const file = await turns.exportSubgraph(subgraph, format, { label, byteOrderMark }, owner);
  response
    .status(200)
    .type(file.contentType)
    .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
    .send(file.content);
}

/** What every download takes besides its own parameters. */
const COMMON_PARAMETERS = ['format', 'bom', 'time.asOf', 'time.from', 'time.to'] as const;

/**
 * The query string with each parameter given at most once, and only parameters the download takes:
 * a misspelt filter (`kind=`, `time.asof=`) was ignored and the download came unfiltered, where
 * GraphQL refuses an unknown argument.
 */
function readQuery(request: Request, own: readonly string[]): Query {
  const known = [...own, ...COMMON_PARAMETERS];
  const query: Query = {};
  for (const [name, value] of Object.entries(request.query)) {
    if (!known.includes(name)) {
      // A parameter named but for its case or a plural's s, which is the usual slip.
      const bare = (text: string) => text.toLowerCase().replace(/s$/, '');
      const meant = known.find((candidate) => bare(candidate) === bare(name));
      throw new BadInputError(
        `This download takes no parameter \`${name.slice(0, 60)}\`${meant ? ` (did you mean \`${meant}\`?)` : ''}; it takes ${known.join(', ')}.`,
        name.slice(0, 60),
      );
    }
    if (typeof value !== 'string') {
      throw new BadInputError(`Give \`${name}\` once, as plain text (a list is comma-separated: A,B).`, name);
    }
    query[name] = value;
  }
  return query;
}

function required(query: Query, name: string): string {
  const value = query[name];
  if (value === undefined || value === '') throw new BadInputError(`\`${name}\` is required.`, name);
  return value;
}

function integer(query: Query, name: string): number | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (!/^-?\d+$/.test(value))
    throw new BadInputError(`\`${name}\` must be a whole number (got "${value}").`, name);
  return Number(value);
}

function boolean(query: Query, name: string): boolean | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (value !== 'true' && value !== 'false')
    throw new BadInputError(`\`${name}\` must be true or false (got "${value}").`, name);
  return value === 'true';
}

function list(query: Query, name: string): string[] | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  return value.split(',').map((item) => item.trim());
}

function formatOf(query: Query) {
  const name = required(query, 'format');
  const format = exportFormatNamed(name.toLowerCase());
  if (!format) {
    throw new BadInputError(
      `\`format\` must be one of ${EXPORT_FORMAT_NAMES.join(', ')} (got "${name}").`,
      'format',
    );
  }
  return format;
}

/** GraphQL's `time: TimeFilter`, flattened into `time.asOf`, `time.from` and `time.to`. */
function time(query: Query): TimeFilterInput {
  // An empty parameter is an absent one, as for every other parameter here.
  return { asOf: query['time.asOf'] || null, from: query['time.from'] || null, to: query['time.to'] || null };
}
