import type { BaseContext } from '@apollo/server';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { TimeoutError } from '../../errors.js';
import type { RequestPlugin } from '../request-plugins.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './query-limits.js';

export interface RequestDeadlineOptions {
  /** How long one request may take, from its arrival to its answer. @default 15000 */
  timeoutMs?: number;
}

/** The two halves of a request time limit: install both. */
export interface RequestDeadline<TContext extends BaseContext> {
  /** Starts each request's clock and stops it when the answer is sent. */
  plugin: RequestPlugin<TContext>;
  /** The schema with every resolver held to its request's deadline. */
  limitResolvers(schema: GraphQLSchema): GraphQLSchema;
}

interface Deadline {
  /** When the time is up (`performance.now()`). */
  at: number;
  /**
   * Rejects with the TimeoutError when the time is up. Made (with its timer) when a resolver first
   * waits: most requests never wait on anything, and a timer and two promises cost a request that
   * doesn't (issue 15).
   */
  reached?: Promise<never>;
  timer?: NodeJS.Timeout;
}

/**
 * A time limit for a whole request. graphql-js cannot stop an execution, so the limit works on the
 * resolvers: once the time is up, a resolver still waiting (on a store call) gives up with TIMEOUT,
 * and any resolver that would start afterwards fails with TIMEOUT at once. The answer is therefore
 * sent at the deadline, with the data that was ready and one TIMEOUT error per field cut off.
 *
 * The work already running is not cancelled: a store call that was waiting runs on until it ends or
 * hits its own limit (QUERY_TIMEOUT_MS, a Neo4j transaction timeout), and its result is dropped. No new
 * store call starts for the request after its deadline, nor after it has been answered.
 */
export function createRequestDeadline<TContext extends BaseContext>(
  options: RequestDeadlineOptions = {},
): RequestDeadline<TContext> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const deadlines = new WeakMap<object, Deadline>();

  /** The deadline's promise, and its timer for the time left, made on first use. */
  function reachedOf(deadline: Deadline): Promise<never> {
    if (deadline.reached) return deadline.reached;
    deadline.reached = new Promise<never>((_resolve, reject) => {
      deadline.timer = setTimeout(
        () => reject(new TimeoutError(timeoutMs)),
        Math.max(0, Math.ceil(deadline.at - performance.now())),
      );
      deadline.timer.unref();
    });
    // Nobody may be waiting when the time is up; the rejection is still seen by every race.
    deadline.reached.catch(() => {});
    return deadline.reached;
  }

  return {
    plugin: {
      requestDidStart({ contextValue }) {
        const deadline: Deadline = { at: performance.now() + timeoutMs };
        deadlines.set(contextValue, deadline);
        return {
          willSendResponse() {
            clearTimeout(deadline.timer);
            // Answered: graphql-js goes on resolving the fields it did not wait for (it answers as soon
            // as a non-null field fails), and none of them should start a store call for nobody. The
            // error they throw is not seen.
            deadline.at = Number.NEGATIVE_INFINITY;
          },
        };
      },
    },

    limitResolvers(schema) {
      return mapSchema(schema, {
        [MapperKind.OBJECT_FIELD]: (field) => {
          const resolve = field.resolve;
          if (!resolve) return field;
          return {
            ...field,
            resolve(source, args, context: object, info) {
              const deadline = deadlines.get(context);
              if (!deadline) return resolve(source, args, context, info);
              if (performance.now() >= deadline.at) throw new TimeoutError(timeoutMs);
              const result: unknown = resolve(source, args, context, info);
              return result instanceof Promise ? Promise.race([result, reachedOf(deadline)]) : result;
            },
          };
        },
      });
    },
  };
}
