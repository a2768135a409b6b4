import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Authentication } from './authentication.js';
import { claimAt, roleFromClaim, type RoleMap } from './role-map.js';

/** How to check tokens from an OpenID Connect provider (OIDC_* in src/config.ts). */
export interface OidcOptions {
  /** The provider's issuer identifier; a token's `iss` must equal it. */
  issuer: string;
  /** Accepted `aud` values; a token must name at least one. */
  audience: string[];
  /** Where the provider publishes its signing keys (JWKS). */
  jwksUrl: URL;
  /** Dotted path of the claim that carries the roles, for example `realm_access.roles`. @default 'role' */
  roleClaim: string;
  /** Which claim value grants which role. @default DEFAULT_ROLE_MAP */
  roleMap: RoleMap;
  /** Dotted path of the claim that names the caller (the actor of writes). @default 'sub' */
  nameClaim: string;
  /** Leeway for `exp` and `nbf` against clock skew. @default 30000 */
  clockToleranceMs: number;
  /**
   * Shortest time between two fetches of the JWKS. A token with an unknown key id refetches the set
   * (that is how a rotated key is found), but no more often than this, so forged key ids cannot make
   * the service hammer the provider. @default 30000
   */
  jwksCooldownMs?: number;
  /** How long a fetched JWKS is used before it is fetched again. @default 600000 */
  jwksMaxAgeMs?: number;
}

/** Checks one bearer token; never throws for a bad token, only describes it. */
export type TokenVerifier = (token: string) => Promise<Authentication>;

/** Only asymmetric signatures: the JWKS is public, so an HMAC key in it would let anyone sign. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Verifies JWTs against the provider's JWKS, fetched on first use and cached (jose's
 * `createRemoteJWKSet`): signature, issuer, audience, expiry and not-before, then the role claim.
 */
export function createTokenVerifier(options: OidcOptions): TokenVerifier {
  const keys = createRemoteJWKSet(options.jwksUrl, {
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
    cacheMaxAge: options.jwksMaxAgeMs ?? 600_000,
    timeoutDuration: 5_000,
  });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: options.clockToleranceMs / 1000,
        // A token without an expiry would be good forever.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      return { principal: null, problem: 'invalid', credential: 'token', reason: describe(error, options) };
    }
    const name = claimAt(payload, options.nameClaim);
    if (typeof name !== 'string' || name === '') {
      return {
        principal: null,
        problem: 'invalid',
        credential: 'token',
        reason: `The token has no "${options.nameClaim}" claim to name its holder.`,
      };
    }
    const claim = claimAt(payload, options.roleClaim);
    const role = roleFromClaim(claim, options.roleMap);
    if (role === null) {
      const found = claim === undefined ? 'it has no such claim' : `it holds ${JSON.stringify(claim)}`;
      const wanted = [...options.roleMap.keys()].map((value) => `"${value}"`).join(' or ');
      return {
        principal: null,
        problem: 'no-role',
        reason: `the token of "${name}" grants no role of this service: claim \`${options.roleClaim}\` should hold ${wanted}, but ${found}.`,
      };
    }
    return { principal: { name, role, via: 'token' } };
  };
}

/** A sentence for the client about why jose refused the token. */
function describe(error: unknown, options: OidcOptions): string {
  if (error instanceof errors.JWTExpired) {
    const exp = typeof error.payload.exp === 'number' ? new Date(error.payload.exp * 1000).toISOString() : '';
    return `The token expired${exp ? ` at ${exp}` : ''}.`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { claim, reason, payload } = error;
    if (reason === 'missing') return `The token has no "${claim}" claim.`;
    if (claim === 'iss') {
      return `The token was issued by ${JSON.stringify(payload.iss)}, not by the configured issuer "${options.issuer}".`;
    }
    if (claim === 'aud') {
      return `The token is meant for ${JSON.stringify(payload.aud)}, not for this service (${options.audience.map((a) => `"${a}"`).join(' or ')}).`;
    }
    if (claim === 'nbf') return 'The token is not valid yet (its "nbf" is in the future).';
    return `The token's "${claim}" claim is not valid.`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return "No signing key of the identity provider matches the token's key id (kid).";
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature does not verify.";
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return `The token's signing algorithm is not accepted (use one of ${ALGORITHMS.join(', ')}).`;
  }
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    // jose's plain JOSEError is only the JWKS fetch: not 200, or not JSON. Anything not jose's is the network.
    !(error instanceof errors.JOSEError) ||
    error.code === 'ERR_JOSE_GENERIC'
  ) {
    // The provider's keys could not be had (network, timeout, bad JSON); the token may well be fine.
    return `The token could not be checked: the identity provider's keys at ${options.jwksUrl.href} could not be fetched. Try again shortly.`;
  }
  return 'The token is not a well-formed JWT.';
}
