import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, validate, type DocumentNode, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';

/**
 * The explorer sends only the operations in apps/explorer/operations (codegen types them and refuses
 * an invalid one, see codegen.ts). This checks the same files against the built schema with graphql-js,
 * so a schema change that breaks the explorer fails here too, with the operation's name.
 */
const OPERATIONS_DIR = path.resolve('apps/explorer/operations');

async function explorerDocument(): Promise<DocumentNode> {
  const files = (await readdir(OPERATIONS_DIR)).filter((file) => file.endsWith('.graphql')).sort();
  const sources = await Promise.all(files.map((file) => readFile(path.join(OPERATIONS_DIR, file), 'utf8')));
  return parse(sources.join('\n'));
}

describe('the explorer’s operations', () => {
  it('are all valid against the schema', async () => {
    const document = await explorerDocument();
    const errors = validate(createSchema(), document);
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('include every query the page sends, by name', async () => {
    const document = await explorerDocument();
    const names = document.definitions
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => definition.name?.value);
    expect(names.sort()).toEqual([
      'ExplorerAnalytics',
      'ExplorerEntity',
      'ExplorerExport',
      'ExplorerNeighborhood',
      'ExplorerPaths',
      'ExplorerRelationship',
      'ExplorerSearch',
      'ExplorerShortestPath',
      'ExplorerSummary',
      'ExplorerTimeline',
      'PlanReaderFacts',
      'PlanReaderSource',
      'PlanReaderSpans',
    ]);
  });

  it('are the only GraphQL the page’s code holds (no query strings outside the .graphql files)', async () => {
    const sourceDir = path.resolve('apps/explorer');
    const files = (await readdir(sourceDir)).filter((file) => file.endsWith('.ts'));
    for (const file of files) {
      const text = await readFile(path.join(sourceDir, file), 'utf8');
      expect(text, file).not.toMatch(/`\s*(query|mutation|fragment)\s+\w+/);
    }
  });
});
