import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Where the lines go (tests). @default stdout */
  destination?: DestinationStream;
}

/**
 * The request being served, for every log line written while serving it: the HTTP layer enters it
 * (`requestContext.run`) and the logger's mixin reads it, so even code that knows nothing of the
 * request (Apollo, the store) logs under its request id.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs `serve` inside the request's log context, unless the logger can write nothing at all
 * (LOG_LEVEL=silent), when no line could carry the id. Why the check: the first `run` of an
 * AsyncLocalStorage turns on Node 20's promise hooks for the whole process, and from then on every
 * promise of every request pays for them, about 30 µs of a trivial operation's 180 (issue 15).
 * Checked per request, so a level raised at run time takes effect from the next request.
 */
export function inRequestContext<T>(logger: Logger, requestId: string, serve: () => T): T {
  return logger.isLevelEnabled('fatal') ? requestContext.run({ requestId }, serve) : serve();
}

/** Structured JSON logs on stdout (pino), each line of a request carrying its `requestId`. */
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
