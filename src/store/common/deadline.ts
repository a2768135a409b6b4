import { TimeoutError } from '../../errors.js';

/** A time limit for one store call whose work runs in this process (the embedded store). */
export interface Deadline {
  /** Throws TIMEOUT once the limit has passed; cheap enough to call in a loop. */
  check(): void;
}

/** No limit: for callers (tests, tools) that want none. */
export const NO_DEADLINE: Deadline = { check: () => {} };

export function createDeadline(timeoutMs: number): Deadline {
  const end = performance.now() + timeoutMs;
  let calls = 0;
  return {
    check() {
      // Reading the clock every 256 steps keeps the check off the profile of tight loops.
      if ((++calls & 255) === 0 && performance.now() > end) throw new TimeoutError(timeoutMs);
    },
  };
}
