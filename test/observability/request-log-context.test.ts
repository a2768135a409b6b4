import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, inRequestContext, requestContext } from '../../src/logger.js';

/** Log lines written while a request is served carry its id, and a silent logger skips the context. */

function capturingLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

describe('the request log context', () => {
  it('gives a line written after an await, by code that knows no request, the request id', async () => {
    const { logger, lines } = capturingLogger('info');
    await inRequestContext(logger, 'req-1', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.info('deep inside');
    });
    logger.info('outside');
    expect(lines.map((line) => [line['msg'], line['requestId']])).toEqual([
      ['deep inside', 'req-1'],
      ['outside', undefined],
    ]);
  });

  it('is not entered while the logger is silent, and is from the next request once the level is raised', () => {
    const { logger, lines } = capturingLogger('silent');
    expect(inRequestContext(logger, 'req-2', () => requestContext.getStore())).toBeUndefined();
    logger.level = 'warn';
    expect(inRequestContext(logger, 'req-3', () => requestContext.getStore())).toEqual({
      requestId: 'req-3',
    });
    inRequestContext(logger, 'req-4', () => logger.warn('raised'));
    expect(lines.map((line) => line['requestId'])).toEqual(['req-4']);
  });
});
