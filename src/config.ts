import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseApiKeys } from './auth/index.js';

/** The repository root, found from this file (works from src/ and dist/src/). */
const repositoryRoot = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url),
);

/** The bundled dataset: the Wenzhou–Yangtze River Delta action plan. */
export const DEFAULT_DATASET_DIR = path.join(repositoryRoot, 'seed', 'wenzhou-yrd');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const configSchema = z
  .object({
    PORT: z.coerce
      .number({ message: 'must be a port number (0-65535)' })
      .int()
      .min(0)
      .max(65535)
      .default(4000),
    /** Loopback by default: the service is reachable from other machines only when asked to be. */
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATASET_DIR: z.string().min(1).default(DEFAULT_DATASET_DIR),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI (neo4j+s:// for Aura)')
      .optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().default('neo4j'),
    /** Time limit of one store call. */
    /** Longest wait for the store's answer to a readiness probe. */
    READY_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(100)
      .max(60_000)
      .default(1500),
    /** How long SIGTERM waits for in-flight requests. */
    SHUTDOWN_GRACE_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(0)
      .max(120_000)
      .default(10_000),
    /** Time limit of a whole GraphQL request (keep it above QUERY_TIMEOUT_MS). */
    REQUEST_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(100)
      .max(600_000)
      .default(15_000),
    QUERY_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(100)
      .max(600_000)
      .default(10_000),
    INTROSPECTION: booleanFlag.optional(),
    /** Comma-separated `name:role:sha256hex` (see `npm run hash-key`). */
    API_KEYS: z.string().default(''),
    READS_REQUIRE_KEY: booleanFlag.default(false),
    /** Comma-separated browser origins allowed by CORS, for example `https://app.example.org`. */
    CORS_ORIGINS: z.string().default(''),
    LANDING_PAGE: booleanFlag.default(true),
    /** Where the embedded store journals its writes. */
    DATA_DIR: z.string().min(1).default(path.join(repositoryRoot, '.data')),
    /** A damaged journal line before the last: `stop` the start, or `move-aside` the journal (docs/writes.md). */
    JOURNAL_ON_CORRUPT: z
      .enum(['stop', 'move-aside'], { message: 'must be "stop" or "move-aside"' })
      .default('stop'),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    environment: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    datasetDir: path.resolve(env.DATASET_DIR),
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER,
          password: env.NEO4J_PASSWORD,
          database: env.NEO4J_DATABASE,
        }
      : null,
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    readyTimeoutMs: env.READY_TIMEOUT_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
    apiKeys: env.API_KEYS,
    readsRequireKey: env.READS_REQUIRE_KEY,
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    landingPage: env.LANDING_PAGE,
    dataDir: path.resolve(env.DATA_DIR),
    journalOnCorrupt: env.JOURNAL_ON_CORRUPT,
  }));

/** The service's configuration, from environment variables. */
export type Config = z.output<typeof configSchema>;

/** Thrown at start for a bad environment variable; the message names each one and what it must be. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    try {
      parseApiKeys(result.data.apiKeys);
    } catch (error) {
      throw new ConfigError(`Invalid configuration:\n  API_KEYS: ${(error as Error).message}`);
    }
    return result.data;
  }
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
