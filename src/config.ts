import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseApiKeys, parseRoleMap, type OidcOptions } from './auth/index.js';

/** The repository root, found from this file (works from src/ and dist/src/). */
const repositoryRoot = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url),
);

/** The bundled dataset: the Wenzhou–Yangtze River Delta action plan. */
export const DEFAULT_DATASET_DIR = path.join(repositoryRoot, 'seed', 'wenzhou-yrd');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The provider's JWKS travels in clear only on this machine: anywhere else it must be https. */
const jwksUrl = z.url({ message: 'must be a URL' }).refine(
  (text) => {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  },
  { message: 'must be an https:// URL (http:// only on localhost)' },
);

const roleMap = z
  .string()
  .default('')
  .transform((text, context) => {
    try {
      return parseRoleMap(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

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
    /** How long an over-limit query's refusal is held back (no CPU is spent meanwhile). */
    REFUSAL_DELAY_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(0)
      .max(10_000)
      .default(50),
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
    /**
     * Apollo's CSRF prevention: a GET needs a preflight-forcing header. Off, because credentials travel
     * only in headers a cross-site request cannot carry (docs/front-end.md); turn it on where being able
     * to reach the port is itself the credential (open reads on a private network).
     */
    CSRF_PREVENTION: booleanFlag.default(false),
    /** Comma-separated browser origins allowed by CORS, for example `https://app.example.org`. */
    CORS_ORIGINS: z.string().default(''),
    LANDING_PAGE: booleanFlag.default(true),
    /** Where the embedded store journals its writes. */
    DATA_DIR: z.string().min(1).default(path.join(repositoryRoot, '.data')),
    /** OpenID Connect: the issuer whose JWTs are accepted (with OIDC_AUDIENCE and OIDC_JWKS_URL). */
    OIDC_ISSUER: z.string().min(1, 'must not be empty').optional(),
    /** Comma-separated `aud` values meant for this service. */
    OIDC_AUDIENCE: z.string().min(1, 'must not be empty').optional(),
    OIDC_JWKS_URL: jwksUrl.optional(),
    /** Dotted path of the claim with the roles, for example `realm_access.roles`. */
    OIDC_ROLE_CLAIM: z
      .string()
      .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'must be a claim name or a dotted path such as realm_access.roles')
      .default('role'),
    /** Comma-separated `claimValue:reader|curator`; empty means the values `reader` and `curator`. */
    OIDC_ROLE_MAP: roleMap,
    OIDC_NAME_CLAIM: z
      .string()
      .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'must be a claim name or a dotted path')
      .default('sub'),
    OIDC_CLOCK_TOLERANCE_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int()
      .min(0)
      .max(300_000)
      .default(30_000),
    /** A damaged journal line before the last: `stop` the start, or `move-aside` the journal (docs/writes.md). */
    JOURNAL_ON_CORRUPT: z
      .enum(['stop', 'move-aside'], { message: 'must be "stop" or "move-aside"' })
      .default('stop'),
  })
  .superRefine((env, context) => {
    // Half a provider set-up would silently accept no tokens: ask for the missing pieces at start.
    const oidc = {
      OIDC_ISSUER: env.OIDC_ISSUER,
      OIDC_AUDIENCE: env.OIDC_AUDIENCE,
      OIDC_JWKS_URL: env.OIDC_JWKS_URL,
    };
    const given = Object.entries(oidc).filter(([, value]) => value !== undefined);
    if (given.length === 0 || given.length === 3) return;
    for (const [name, value] of Object.entries(oidc)) {
      if (value === undefined) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `must be set too: JWTs need OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL (${given.map(([set]) => set).join(', ')} given)`,
        });
      }
    }
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
    refusalDelayMs: env.REFUSAL_DELAY_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
    apiKeys: env.API_KEYS,
    readsRequireKey: env.READS_REQUIRE_KEY,
    csrfPrevention: env.CSRF_PREVENTION,
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    landingPage: env.LANDING_PAGE,
    dataDir: path.resolve(env.DATA_DIR),
    oidc:
      env.OIDC_ISSUER && env.OIDC_AUDIENCE && env.OIDC_JWKS_URL
        ? ({
            issuer: env.OIDC_ISSUER,
            audience: env.OIDC_AUDIENCE.split(',')
              .map((audience) => audience.trim())
              .filter((audience) => audience !== ''),
            jwksUrl: new URL(env.OIDC_JWKS_URL),
            roleClaim: env.OIDC_ROLE_CLAIM,
            roleMap: env.OIDC_ROLE_MAP,
            nameClaim: env.OIDC_NAME_CLAIM,
            clockToleranceMs: env.OIDC_CLOCK_TOLERANCE_MS,
          } satisfies OidcOptions)
        : null,
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
