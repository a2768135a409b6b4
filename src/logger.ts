import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
}

/**
 * The request being served, for every log line written while serving it: the HTTP layer enters it
 * (`requestContext.run`) and the logger's mixin reads it, so even code that knows nothing of the
 * request (Apollo, the store) logs under its request id.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Structured JSON logs on stdout (pino), each line of a request carrying its `requestId`. */
export function createLogger(options: LoggerOptions): Logger {
  return pino({
    level: options.level,
    base: { service: 'yrd-graph' },
    mixin: () => {
      const current = requestContext.getStore();
      return current ? { requestId: current.requestId } : {};
    },
  });
}
