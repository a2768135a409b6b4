/**
 * The stem of a download's file name for each selection, the same from every door (GraphQL's
 * `export`, `/export`, `npm run export`), so a file says what it holds:
 * `yrd-graph-neighborhood-city-wenzhou.gexf`, not `yrd-graph-subgraph.gexf` for every neighbourhood.
 * exportSubgraph makes the stem safe for a file name.
 */
export const FILE_LABELS = {
  neighborhood: (id: string) => `neighborhood-${id}`,
  path: (from: string, to: string) => `path-${from}-${to}`,
  graph: (around: readonly string[] | null | undefined) =>
    around && around.length > 0 ? `graph-around-${around.join('-')}` : 'graph',
  network: (seedIds: readonly string[]) => `network-${seedIds.join('-')}`,
};
