// @ts-check
/* global module -- dependency-cruiser reads a CommonJS config */
/**
 * The layers of src/ and the four deployables (docs/architecture.md, "Layers"), checked by
 * `npm run lint:layers` in `npm test`.
 *
 * LAYERS lists the service's folders from the bottom up. A folder may import the folders (and
 * top-level files) in the rows below its own, never one in its own row or above: so the domain folders
 * never import graphql, server or cli, and moving a folder is one edit here. Type-only imports count.
 */
const LAYERS = [
  ['errors.ts', 'logger.ts'],
  ['model'],
  ['validation'],
  ['search'],
  ['dataset'],
  ['store'],
  ['selection'],
  ['analytics', 'export'],
  ['turns'],
  ['auth', 'observability'],
  ['config.ts'],
  ['graphql'],
  ['server'],
  ['cli'],
];

/**
 * What ships apart from the service (src/): the browser apps, the client package and the development
 * tools. The service imports none of them; the apps import only src/model and the client package.
 */
const DEPLOYABLES = ['apps', 'packages', 'tools'];

/** The path pattern of a folder (`model`) or a top-level file (`errors.ts`) under src/. */
function pathOf(name) {
  return name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`;
}

const layerRules = LAYERS.flatMap((row, index) =>
  row.flatMap((name) => {
    const peers = row.filter((other) => other !== name);
    const above = [...peers, ...LAYERS.slice(index + 1).flat()];
    // The top folder alone in the top row may import every other one (an empty path list would match all).
    if (above.length === 0) return [];
    const below = LAYERS.slice(0, index).flat();
    return {
      name: `layer-${name.replace('.ts', '')}`,
      severity: /** @type {const} */ ('error'),
      comment: `src/${name} may import only ${below.length ? below.join(', ') : 'nothing else in src/'} (see LAYERS).`,
      from: { path: pathOf(name) },
      to: { path: above.map(pathOf) },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules are one; split out what both need (a lower layer).',
      from: { path: `^(src|scripts|${DEPLOYABLES.join('|')})/` },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'store-adapters-only-from-cli',
      severity: 'error',
      comment:
        'Code reads the store through its port (src/store/index.ts); only the CLI, which opens a store, picks an adapter.',
      from: { path: '^src/', pathNot: '^src/(store|cli)/' },
      to: { path: '^src/store/(embedded|neo4j|common)/' },
    },
    {
      name: 'selection-needs-only-the-port',
      severity: 'error',
      comment:
        'A selection is checked arguments and calls on the store port: it needs no dataset loading or logging.',
      from: { path: '^src/selection/' },
      to: {
        path: '^src/',
        pathNot: ['^src/(selection|model|validation|search)/', '^src/store/index\\.ts$', '^src/errors\\.ts$'],
      },
    },
    {
      name: 'service-imports-no-deployable',
      severity: 'error',
      comment:
        "The browser apps, the client and the tools ship separately: move what the service shares with them into src/model. (The server serves the apps' built bundles from dist/, which it reads, not imports.)",
      from: { path: '^src/' },
      to: { path: `^(${DEPLOYABLES.join('|')})/` },
    },
    {
      name: 'app-imports-only-model-and-client',
      severity: 'error',
      comment: 'A browser app imports itself, src/model and the client package, never the service or a tool.',
      from: { path: '^apps/([^/]+)/' },
      to: {
        path: `^(src|scripts|${DEPLOYABLES.join('|')})/`,
        pathNot: ['^src/model/', '^packages/client/', '^apps/$1/'],
      },
    },
    {
      name: 'client-imports-nothing-of-the-repository',
      severity: 'error',
      comment:
        'The client package ships on its own: it imports only itself and its dependencies (graphql), never the service.',
      from: { path: '^packages/client/' },
      to: { path: `^(src|scripts|${DEPLOYABLES.join('|')})/`, pathNot: '^packages/client/' },
    },
    {
      name: 'client-by-package-name',
      severity: 'error',
      comment:
        'Import the client as a front end does, by its package name (@yrd-graph/client), not by a relative path.',
      from: { pathNot: '^packages/client/' },
      to: { path: '^packages/client/', dependencyTypesNot: ['aliased-workspace'] },
    },
    {
      name: 'tools-import-no-app',
      severity: 'error',
      comment: 'The tools may use the service (src/) and each other, not the browser apps.',
      from: { path: '^tools/' },
      to: { path: '^apps/' },
    },
    {
      name: 'every-folder-has-a-layer',
      severity: 'error',
      comment: 'A new folder (or top-level file) under src/ needs its row in LAYERS.',
      from: { path: '^src/' },
      to: {
        path: '^src/',
        pathNot: LAYERS.flat().map(pathOf),
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are imports: a domain folder may not even name a GraphQL type.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
