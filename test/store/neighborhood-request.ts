import type { NeighborhoodRequest } from '../../src/store/index.js';

/** A neighbourhood request with the API's defaults, for the contract suites. */
export function neighborhoodRequest(
  ids: string[],
  request: Partial<NeighborhoodRequest> = {},
): NeighborhoodRequest {
  return {
    ids,
    depth: 1,
    relationshipTypes: null,
    direction: 'BOTH',
    limit: 500,
    kinds: null,
    time: null,
    perNodeLimit: null,
    ...request,
  };
}
