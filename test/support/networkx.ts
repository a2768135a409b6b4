import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * NetworkX, the Python graph library analysts read GraphML with, run as they run it: Debian's
 * python3-networkx under /usr/bin/python3 (or PYTHON), `networkx.read_graphml(path)` with its defaults.
 */

const PYTHON = process.env['PYTHON'] ?? '/usr/bin/python3';

/** A graph as NetworkX read it: node id → attributes, and each edge with its key and attributes. */
export interface NetworkxGraph {
  /** The class NetworkX chose for the file (`MultiDiGraph` when edges have ids). */
  graphClass: string;
  nodes: [string, Record<string, unknown>][];
  edges: { source: string; target: string; key: string; attributes: Record<string, unknown> }[];
}

// Prints the graph as JSON. Each value is printed as NetworkX typed it (int, float, str, bool).
const READ_GRAPHML = `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
json.dump({
  "graphClass": type(g).__name__,
  "nodes": [[n, d] for n, d in g.nodes(data=True)],
  "edges": [{"source": u, "target": v, "key": k, "attributes": d} for u, v, k, d in g.edges(keys=True, data=True)],
}, sys.stdout)
`;

/**
 * Fails with how to install NetworkX when it is missing; `what` names the test. Called before any other
 * set-up, so a missing library starts nothing.
 */
export function requireNetworkx(what: string): void {
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${what} NetworkX and \`${PYTHON} -c "import networkx"\` failed. Install Debian's python3-networkx: ` +
        '`apt-get update && apt-get install -y --no-install-recommends python3-networkx` (or set PYTHON).',
    );
  }
}

/** `graphml` read by NetworkX's `read_graphml` with its defaults. */
export function readGraphmlWithNetworkx(graphml: string): NetworkxGraph {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'yrd-networkx-'));
  try {
    const file = path.join(directory, 'export.graphml');
    writeFileSync(file, graphml);
    const output = execFileSync(PYTHON, ['-c', READ_GRAPHML, file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    return JSON.parse(output) as NetworkxGraph;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
