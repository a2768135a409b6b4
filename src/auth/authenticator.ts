import type { IncomingHttpHeaders } from 'node:http';
import { matchApiKey, type ApiKey } from './api-keys.js';
import type { Authentication } from './authentication.js';
import { createTokenVerifier, type OidcOptions } from './token-verifier.js';

export interface AuthenticatorOptions {
  /** Configured API keys (API_KEYS). */
  apiKeys: readonly ApiKey[];
  /** Accept JWTs from this OpenID Connect provider too. @default null: API keys only */
  oidc?: OidcOptions | null;
}

/** Reads a request's credential; never throws, the result says what is missing or wrong. */
export type Authenticator = (headers: IncomingHttpHeaders) => Promise<Authentication>;

/** Three base64url segments: the compact form of a signed JWT. API keys never contain dots. */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * Reads `Authorization: Bearer <credential>` or `X-API-Key: <key>`. A bearer credential shaped like a
 * JWT is checked as a token when OIDC is configured; anything else is matched against the API keys.
 * One authenticator is made per service, so the provider's keys are cached across requests.
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const verifyToken = options.oidc ? createTokenVerifier(options.oidc) : null;
  const accepted = verifyToken ? '<API key or token>' : '<API key>';
  return async (headers) => {
    const authorization = headers['authorization'];
    const bearer =
      typeof authorization === 'string' ? /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim() : undefined;
    const apiKey = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'].trim() : undefined;
    if (bearer) {
      if (JWT_SHAPE.test(bearer)) {
        if (verifyToken) return verifyToken(bearer);
        return {
          principal: null,
          problem: 'invalid',
          credential: 'API key',
          reason:
            'The bearer credential is a JWT, but this service accepts no tokens (OIDC_ISSUER is not set).',
        };
      }
      return matchApiKey(bearer, options.apiKeys);
    }
    if (apiKey) return matchApiKey(apiKey, options.apiKeys);
    return { principal: null, problem: 'missing', accepted };
  };
}
