import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
}

/** Structured JSON logs on stdout (pino). Child loggers carry the request id. */
export function createLogger(options: LoggerOptions): Logger {
  return pino({ level: options.level, base: { service: 'yrd-graph' } });
}
