import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, inRequestContext, requestContext } from '../../src/logger.js';

/**
 * At `debug`, lines written while a request is served carry its id even from code that knows no request;
 * below `debug` the context is not entered (it slows every promise of the process, see inRequestContext).
 */

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
    const { logger, lines } = capturingLogger('debug');
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

  it('is not entered below debug, and is from the next request once the level is raised', () => {
    const { logger, lines } = capturingLogger('info');
    expect(inRequestContext(logger, 'req-2', () => requestContext.getStore())).toBeUndefined();
    inRequestContext(logger, 'req-2', () => logger.info('at info'));
    logger.level = 'debug';
    expect(inRequestContext(logger, 'req-3', () => requestContext.getStore())).toEqual({
      requestId: 'req-3',
    });
    inRequestContext(logger, 'req-4', () => logger.info('raised'));
    expect(lines.map((line) => [line['msg'], line['requestId']])).toEqual([
      ['at info', undefined],
      ['raised', 'req-4'],
    ]);
  });

  it('is not entered while the logger is silent', () => {
    const { logger } = capturingLogger('silent');
    expect(inRequestContext(logger, 'req-5', () => requestContext.getStore())).toBeUndefined();
  });
});
