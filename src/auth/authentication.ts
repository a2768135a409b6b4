/** The service's roles: a reader may query; a curator may also write. */
export type Role = 'reader' | 'curator';

/** Who is calling, when a credential was accepted. */
export interface Principal {
  /** The key's configured name, or the token's name claim; recorded as the actor of writes. */
  name: string;
  role: Role;
  /** Which kind of credential it was, so messages can name it. @default 'API key' */
  via?: 'API key' | 'token';
}

/**
 * The result of reading a request's credential: the principal, or why there is none. `missing` and
 * `invalid` are refusals of identity (UNAUTHENTICATED); `no-role` is a genuine token that grants no
 * role of this service (FORBIDDEN wherever a role is needed).
 */
export type Authentication =
  | { principal: Principal }
  | {
      principal: null;
      problem: 'missing';
      /** What to put after `Bearer` in the hint. @default '<API key>' */
      accepted?: string;
    }
  | {
      principal: null;
      problem: 'invalid';
      credential: 'API key' | 'token';
      /** A sentence saying what is wrong with the credential, for the client. */
      reason: string;
    }
  | { principal: null; problem: 'no-role'; reason: string };
