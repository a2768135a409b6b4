import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/errors.js';
import { translateDriverError } from '../../../src/store/neo4j/translate-driver-error.js';

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
});
