export { hashApiKey, matchApiKey, parseApiKeys, type ApiKey } from './api-keys.js';
export type { Authentication, Principal, Role } from './authentication.js';
export { createAuthenticator, type Authenticator, type AuthenticatorOptions } from './authenticator.js';
export { refuseInvalidCredential, requireRole } from './require-role.js';
export { DEFAULT_ROLE_MAP, parseRoleMap, type RoleMap } from './role-map.js';
export { createTokenVerifier, type OidcOptions, type TokenVerifier } from './token-verifier.js';
