import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Authentication, Principal } from './api-keys.js';

/** The principal, when the request's credential has `role` (a curator may also read); else an error. */
export function requireRole(
  authentication: Authentication,
  role: 'reader' | 'curator',
  what: string,
): Principal {
  if (authentication.principal === null) {
    throw new UnauthenticatedError(
      authentication.problem === 'missing'
        ? `${what} needs a credential: send \`Authorization: Bearer <API key>\`.`
        : `The API key is not valid. ${what} needs a valid key in \`Authorization: Bearer <API key>\`.`,
    );
  }
  if (role === 'curator' && authentication.principal.role !== 'curator') {
    throw new ForbiddenError(
      `${what} needs the curator role; the key "${authentication.principal.name}" is a ${authentication.principal.role}'s.`,
    );
  }
  return authentication.principal;
}
