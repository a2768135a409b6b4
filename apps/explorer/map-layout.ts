import type { ExplorerGraph } from './graph-model.js';

/**
 * Puts places at their coordinates (an equirectangular projection, corrected for latitude, which is
 * faithful at the scale of the Yangtze River Delta) and every other entity at the centre of its placed
 * neighbours, nudged aside so it does not sit on one of them. Entities with no placed neighbour keep no
 * position and are returned, so the page can hide them and say so. `off` restores the force layout.
 */
export function applyMapLayout(graph: ExplorerGraph, on: boolean): string[] {
  if (!on) {
    graph.updateEachNodeAttributes((_id, attributes) => ({
      ...attributes,
      x: attributes.forceX,
      y: attributes.forceY,
    }));
    return [];
  }
  const placed = graph.filterNodes(
    (_id, attributes) => attributes.latitude !== null && attributes.longitude !== null,
  );
  const meanLatitude =
    placed.reduce((sum, id) => sum + graph.getNodeAttribute(id, 'latitude')!, 0) / Math.max(placed.length, 1);
  const squeeze = Math.cos((meanLatitude * Math.PI) / 180);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of placed) {
    const { latitude, longitude } = graph.getNodeAttributes(id);
    // sigma's y axis points up, like latitude.
    positions.set(id, { x: longitude! * squeeze * 100, y: latitude! * 100 });
  }
  const unplaced: string[] = [];
  graph.forEachNode((id) => {
    if (positions.has(id)) return;
    const neighbours = graph.neighbors(id).flatMap((other) => positions.get(other) ?? []);
    if (neighbours.length === 0) {
      unplaced.push(id);
      return;
    }
    const x = neighbours.reduce((sum, point) => sum + point.x, 0) / neighbours.length;
    const y = neighbours.reduce((sum, point) => sum + point.y, 0) / neighbours.length;
    // A stable nudge from the id, so two entities attached to one city do not coincide.
    const angle = [...id].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 360, 7);
    positions.set(id, { x: x + 6 * Math.cos(angle), y: y + 6 * Math.sin(angle) });
  });
  graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, ...(positions.get(id) ?? {}) }));
  return unplaced;
}
