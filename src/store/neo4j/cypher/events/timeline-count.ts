import type { TimelineRequest } from '../../../knowledge-graph-store.js';
import { countFrom } from '../read/count-entities.js';
import type { Statement } from '../statement.js';
import { MATCH_TIMELINE, timelineParameters } from './event-order.js';

/** How many events a timeline holds over all its pages. */
export function timelineCountQuery(request: TimelineRequest): Statement<number> {
  return {
    text: `${MATCH_TIMELINE}\nRETURN count(n) AS count`,
    parameters: timelineParameters(request),
    decode: countFrom,
  };
}
