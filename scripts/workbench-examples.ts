/**
 * The `examples/` operations as GraphiQL tabs: each operation's file as written (comments included),
 * followed by the fragments from `examples/fragments/` it spreads, directly or through another
 * fragment, so every tab runs as it stands; its variables come from `examples/variables.json`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit, type ASTNode } from 'graphql';

/** Where the example operations live. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));

/** One preloaded tab, in the shape GraphiQL's `defaultTabs` takes. */
export interface ExampleTab {
  query: string;
  /** JSON text for the variables editor. */
  variables: string;
}

/** Every example as a tab, Wenzhou's partners first (it needs no variables), then by file name. */
export async function loadExampleTabs(examplesDir = EXAMPLES_DIR): Promise<ExampleTab[]> {
  const fragments = await loadFragments(path.join(examplesDir, 'fragments'));
  const variables = JSON.parse(await readFile(path.join(examplesDir, 'variables.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  const files = (await readdir(examplesDir))
    .filter((file) => file.endsWith('.graphql'))
    .sort(
      (a, b) =>
        Number(b === 'wenzhou-partners.graphql') - Number(a === 'wenzhou-partners.graphql') ||
        a.localeCompare(b),
    );
  return Promise.all(
    files.map(async (file) => {
      const text = (await readFile(path.join(examplesDir, file), 'utf8')).trimEnd();
      const given = variables[file];
      if (!given) throw new Error(`examples/variables.json has no variables for ${file}; add "${file}": {}`);
      const needed = fragmentsNeeded(parse(text), fragments);
      const query = [text, ...needed.map((name) => fragments.get(name)!.text)].join('\n\n') + '\n';
      return { query, variables: JSON.stringify(given, null, 2) };
    }),
  );
}

interface Fragment {
  /** The definition's own source text. */
  text: string;
  spreads: string[];
}

async function loadFragments(directory: string): Promise<Map<string, Fragment>> {
  const fragments = new Map<string, Fragment>();
  for (const file of (await readdir(directory)).filter((name) => name.endsWith('.graphql')).sort()) {
    const text = await readFile(path.join(directory, file), 'utf8');
    for (const definition of parse(text).definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION || !definition.loc) continue;
      fragments.set(definition.name.value, {
        text: text.slice(definition.loc.start, definition.loc.end),
        spreads: spreadsIn(definition),
      });
    }
  }
  return fragments;
}

/** The fragments an operation spreads, transitively, in the order first met. */
function fragmentsNeeded(document: ASTNode, fragments: ReadonlyMap<string, Fragment>): string[] {
  const needed: string[] = [];
  const pending = spreadsIn(document);
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (needed.includes(name)) continue;
    const fragment = fragments.get(name);
    // A fragment defined in the operation's own file needs nothing appended.
    if (!fragment) continue;
    needed.push(name);
    pending.push(...fragment.spreads);
  }
  return needed;
}

function spreadsIn(node: ASTNode): string[] {
  const names: string[] = [];
  visit(node, {
    FragmentSpread(spread) {
      names.push(spread.name.value);
    },
  });
  return names;
}
