import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Authentication, Principal, Role } from './authentication.js';

type InvalidCredential = Extract<Authentication, { problem: 'invalid' }>;

/** The principal, when the request's credential has `role` (a curator may also read); else an error. */
export function requireRole(authentication: Authentication, role: Role, what: string): Principal {
  if (authentication.principal === null) {
    if (authentication.problem === 'missing') {
      throw new UnauthenticatedError(
        `${what} needs a credential: send \`Authorization: Bearer ${authentication.accepted ?? '<API key>'}\`.`,
      );
    }
    if (authentication.problem === 'invalid') throw invalidCredentialError(authentication, what);
    throw new ForbiddenError(`${what} needs the ${role} role; ${authentication.reason}`);
  }
  const { principal } = authentication;
  if (role === 'curator' && principal.role !== 'curator') {
    const holder =
      principal.via === 'token' ? `the token of "${principal.name}"` : `the key "${principal.name}"`;
    throw new ForbiddenError(`${what} needs the curator role; ${holder} is a ${principal.role}'s.`);
  }
  return principal;
}

/**
 * Refuses a credential that was sent but does not hold (a wrong key, an expired or foreign token), even
 * where no credential is needed, so a client learns at once that its own is bad instead of silently
 * reading as an anonymous caller.
 */
export function refuseInvalidCredential(authentication: Authentication, what: string): void {
  if (authentication.principal === null && authentication.problem === 'invalid') {
    throw invalidCredentialError(authentication, what);
  }
}

function invalidCredentialError(authentication: InvalidCredential, what: string): UnauthenticatedError {
  const kind = authentication.credential === 'token' ? 'token' : 'key';
  return new UnauthenticatedError(
    `${authentication.reason} ${what} needs a valid ${kind} in \`Authorization: Bearer <${authentication.credential}>\`.`,
  );
}
