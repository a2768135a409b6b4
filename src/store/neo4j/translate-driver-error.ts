import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { KgError, LimitExceededError, StoreUnavailableError, TimeoutError } from '../../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Neo4j's words for a transaction over its own memory limit (`db.memory.transaction.max`; 4.x called
 * it `dbms.memory.transaction.max_size`), with the limit. Neo4j 5.26 gives it the code of the global
 * pool running out (`Neo.TransientError.General.MemoryPoolOutOfMemoryError`, GQL 50N42, transient),
 * so only the message tells the two apart: "… would use more than the limit 64.0 MiB. Currently using
 * 54.6 MiB. db.memory.transaction.max threshold reached".
 */
const OVER_TRANSACTION_MEMORY =
  /the limit ([\d.]+) ([KMG])iB\b.*\btransaction\.max(?:_size)? threshold reached/s;

/**
 * The transaction asked for more memory than Neo4j lets one transaction use. Not worth trying again,
 * though the driver calls it transient: the same request needs the same memory.
 */
export function isOverTransactionMemory(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && OVER_TRANSACTION_MEMORY.test(error.message);
}

const MIB_PER_UNIT: Readonly<Record<string, number>> = { K: 1 / 1024, M: 1, G: 1024 };

/**
 * Turns a driver error into one of ours at the adapter boundary: an unreachable server becomes
 * STORE_UNAVAILABLE (keeping the driver's `retriable` verdict), a transaction past its time limit
 * becomes TIMEOUT, a transient error the driver's retries did not get past becomes STORE_UNAVAILABLE
 * (retriable), and a transaction over Neo4j's per-transaction memory limit becomes LIMIT_EXCEEDED: it
 * asked for too much, and asking again would not help. Anything else stays an internal error, masked
 * before it reaches a client.
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
    const overMemory = OVER_TRANSACTION_MEMORY.exec(error.message);
    if (overMemory) {
      const mebibytes = Math.round(Number(overMemory[1]) * MIB_PER_UNIT[overMemory[2]!]!);
      return new LimitExceededError(
        `The request needs more memory than the database gives one request (${mebibytes} MiB). Ask for less: a smaller depth, limit, maxHops or first, or narrow it with relationshipTypes.`,
        { name: 'transactionMemoryMiB', max: mebibytes },
      );
    }
    // Still transient after the driver's own retries (say, a write that kept deadlocking with others):
    // nothing was committed, and trying again later may work.
    if (isRetryableError(error))
      return new StoreUnavailableError('Neo4j kept refusing the transaction', true);
    return new Error(`Neo4j query failed (${error.code}): ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
