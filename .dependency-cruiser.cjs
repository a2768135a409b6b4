// @ts-check
/* global module -- dependency-cruiser reads a CommonJS config */
/**
 * The layers of src/ (docs/architecture.md, "Layers"), checked by `npm run lint:layers` in `npm test`.
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
  ['auth', 'observability'],
  ['config.ts'],
  ['graphql'],
  ['server'],
  ['cli', 'generate'],
];

/**
 * Deployables that ship apart from the service: they may import the model (vocabulary, records) and
 * the client, and the service imports none of them.
 */
const DEPLOYABLES = ['explorer', 'workbench', 'client'];

/** The path pattern of a folder (`model`) or a top-level file (`errors.ts`) under src/. */
function pathOf(name) {
  return name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`;
}

const layerRules = LAYERS.flatMap((row, index) =>
  row.map((name) => {
    const peers = row.filter((other) => other !== name);
    const above = [...peers, ...LAYERS.slice(index + 1).flat()];
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
      from: { path: '^src/' },
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
        'The browser apps and the client ship separately: move what the service shares with them into src/model.',
      from: { path: '^src/', pathNot: `^src/(${DEPLOYABLES.join('|')})/` },
      to: { path: `^src/(${DEPLOYABLES.join('|')})/` },
    },
    {
      name: 'deployable-imports-only-model-and-client',
      severity: 'error',
      comment: 'A deployable imports itself, src/model and src/client, never the service.',
      from: { path: `^src/(${DEPLOYABLES.join('|')})/` },
      to: { path: '^src/', pathNot: ['^src/model/', '^src/client/', '^src/$1/'] },
    },
    {
      name: 'every-folder-has-a-layer',
      severity: 'error',
      comment:
        'A new folder (or top-level file) under src/ needs its row in LAYERS or a place in DEPLOYABLES.',
      from: { path: '^src/' },
      to: {
        path: '^src/',
        pathNot: [...LAYERS.flat(), ...DEPLOYABLES].map(pathOf),
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
