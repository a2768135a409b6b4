import type { EventType, ProgressStatus } from './generated/vocabulary.js';

/**
 * How far a thing the plan names has come, judged from the events reported about it
 * (docs/analysts.md, "What happened since the plan"): NO_REPORT when no event bears on it, DONE when
 * one reports it done, UNDER_WAY when the events report only steps towards it. The statuses are the
 * schema's `ProgressStatus`.
 */
export { PROGRESS_STATUSES, type ProgressStatus } from './generated/vocabulary.js';

/**
 * The rule table: what one event of each type says about the thing it involves. An opening, a
 * completion, a founding or a joining is the promised thing in place; a signing, a start, a launch or
 * a meeting held is a step on the way.
 */
export const EVENT_TYPE_PROGRESS: Readonly<Record<EventType, Exclude<ProgressStatus, 'NO_REPORT'>>> = {
  OPENED: 'DONE',
  COMPLETED: 'DONE',
  FOUNDED: 'DONE',
  JOINED: 'DONE',
  SIGNED: 'UNDER_WAY',
  STARTED: 'UNDER_WAY',
  LAUNCHED: 'UNDER_WAY',
  HELD: 'UNDER_WAY',
};

/** The status the events bearing on one thing give it: the furthest any of them reports. */
export function progressStatusOf(eventTypes: Iterable<EventType>): ProgressStatus {
  let status: ProgressStatus = 'NO_REPORT';
  for (const type of eventTypes) {
    if (EVENT_TYPE_PROGRESS[type] === 'DONE') return 'DONE';
    status = 'UNDER_WAY';
  }
  return status;
}
