import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { KgError, StoreUnavailableError, TimeoutError } from '../../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Turns a driver error into one of ours at the adapter boundary: an unreachable server becomes
 * STORE_UNAVAILABLE (keeping the driver's `retriable` verdict), a transaction past its time limit
 * becomes TIMEOUT, a transient error the driver's retries did not get past becomes STORE_UNAVAILABLE
 * (retriable). Anything else stays an internal error, masked before it reaches a client.
 */
export function translateDriverError(error: unknown, timeoutMs: number): Error {
  if (error instanceof KgError) return error;
  if (error instanceof Neo4jError) {
    if (
      UNAVAILABLE_CODES.has(error.code) ||
      /connect|ECONNREFUSED|connection acquisition/i.test(error.message)
    ) {
      return new StoreUnavailableError('Neo4j did not answer', error.retryable ?? true);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
      return new TimeoutError(timeoutMs);
    // Still transient after the driver's own retries (say, a write that kept deadlocking with others):
    // nothing was committed, and trying again later may work.
    if (isRetryableError(error))
      return new StoreUnavailableError('Neo4j kept refusing the transaction', true);
    return new Error(`Neo4j query failed (${error.code}): ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
