import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Where the lines go (tests). @default stdout */
  destination?: DestinationStream;
}

/**
 * The request being served, for lines written while serving it by code that knows nothing of the
 * request (Apollo's own warnings and errors): the HTTP layer enters it (`requestContext.run`) and the
 * logger's mixin reads it. Every line of ours that concerns a request (the access log, masked errors,
 * unhandled HTTP errors) passes its `requestId` itself and does not need it.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs `serve` inside the request's log context when the logger writes `debug` lines, and simply runs
 * it otherwise. Why only then: the first `run` of an AsyncLocalStorage turns on Node 20's promise hooks
 * for the whole process, and from then on every promise of every request pays for them. At `info`, the
 * default, the context was most of what logging cost: measured on 4 December 2026 (docs/operations.md),
 * `info` with the context took 10% to 18% more CPU than `silent` for the nested bench query, and `warn`
 * (the context, no access log) 7% to 11% more. The lines it adds an id to are Apollo's: rare warnings
 * and errors, written beside the request's own access-log line, which has the id. Checked per request,
 * so a level changed at run time takes effect from the next request.
 */
export function inRequestContext<T>(logger: Logger, requestId: string, serve: () => T): T {
  return logger.isLevelEnabled('debug') ? requestContext.run({ requestId }, serve) : serve();
}

/** Structured JSON logs on stdout (pino), each line about a request carrying its `requestId`. */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'yrd-graph' },
    mixin: () => {
      const current = requestContext.getStore();
      return current ? { requestId: current.requestId } : {};
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
