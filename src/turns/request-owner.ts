import type { WorkOwner } from './work-turns.js';

/** What tells that a client has gone: its socket. */
export interface Connection {
  readonly destroyed: boolean;
}

/**
 * A request as the owner of the work it asks for (WorkOwner): answered once its answer has been sent
 * (`markAnswered`) or its client has disconnected, whichever comes first. Either way, its exports and
 * analyses still waiting for a turn would be written for nobody.
 */
export class RequestOwner implements WorkOwner {
  private answerSent = false;

  /** `connection`: the request's socket, when it came over HTTP. */
  constructor(private readonly connection?: Connection) {}

  get answered(): boolean {
    return this.answerSent || this.connection?.destroyed === true;
  }

  markAnswered(): void {
    this.answerSent = true;
  }
}
