import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { LimitExceededError, StoreUnavailableError } from '../../../src/errors.js';
import {
  isOverTransactionMemory,
  translateDriverError,
} from '../../../src/store/neo4j/translate-driver-error.js';

// The adapter's boundary: which driver errors a client sees as which code (errors built by hand,
// since what is tested is our translation, not Neo4j).
describe('translateDriverError', () => {
  it('reports a write that kept deadlocking past the driver retries as retriable STORE_UNAVAILABLE', () => {
    const deadlock = new Neo4jError(
      'ForsetiClient can not acquire ExclusiveLock',
      'Neo.TransientError.Transaction.DeadlockDetected',
      '50N42',
      'error: general processing exception - unexpected error',
    );
    const translated = translateDriverError(deadlock, 10_000);
    expect(translated).toBeInstanceOf(StoreUnavailableError);
    expect((translated as StoreUnavailableError).extensions).toEqual({
      code: 'STORE_UNAVAILABLE',
      retriable: true,
    });
    expect(translated.message).toBe(
      'The graph store is unavailable (Neo4j kept refusing the transaction). Try again shortly.',
    );
  });

  it('leaves a client error an internal one, to be masked', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
    const translated = translateDriverError(syntax, 10_000);
    expect(translated).not.toBeInstanceOf(StoreUnavailableError);
    expect(translated.message).toBe(
      'Neo4j query failed (Neo.ClientError.Statement.SyntaxError): Invalid input',
    );
  });

  // Both with the code Neo4j 5.26 gave them (test/faults/neo4j-memory-limit.test.ts meets the first).
  const memoryError = (message: string) =>
    new Neo4jError(message, 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '50N42', 'error');

  it('reports a transaction over Neo4j’s per-transaction memory limit as LIMIT_EXCEEDED, with the limit', () => {
    const overTransaction = memoryError(
      'The allocation of an extra 11.6 MiB would use more than the limit 64.0 MiB. Currently using 54.6 MiB. db.memory.transaction.max threshold reached',
    );
    expect(isOverTransactionMemory(overTransaction)).toBe(true);
    const translated = translateDriverError(overTransaction, 10_000);
    expect(translated).toBeInstanceOf(LimitExceededError);
    expect((translated as LimitExceededError).extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: { name: 'transactionMemoryMiB', max: 64 },
    });
    const inGibibytes = memoryError(
      'The allocation of an extra 8.0 MiB would use more than the limit 1.5 GiB. Currently using 1.5 GiB. db.memory.transaction.max threshold reached',
    );
    expect((translateDriverError(inGibibytes, 10_000) as LimitExceededError).extensions).toMatchObject({
      limit: { max: 1536 },
    });
  });

  it('leaves the global transaction memory pool running out a retriable STORE_UNAVAILABLE', () => {
    const poolFull = memoryError(
      'The allocation of an extra 4.0 MiB would use more than the limit 2.0 GiB. Currently using 2.0 GiB. dbms.memory.transaction.total.max threshold reached',
    );
    expect(isOverTransactionMemory(poolFull)).toBe(false);
    const translated = translateDriverError(poolFull, 10_000);
    expect(translated).toBeInstanceOf(StoreUnavailableError);
    expect((translated as StoreUnavailableError).extensions).toMatchObject({ retriable: true });
  });
});
