import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, loadExampleTabs, type ExampleTab } from '../../scripts/workbench-examples.js';
import { createGraphQLHarness, type GraphQLHarness } from '../support/graphql-harness.js';

// The workbench's preloaded tabs: one per example, each runnable exactly as it is shown.
describe('the workbench example tabs', () => {
  let harness: GraphQLHarness;
  let tabs: ExampleTab[];

  beforeAll(async () => {
    harness = await createGraphQLHarness();
    tabs = await loadExampleTabs();
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('has one tab per example operation, Wenzhou partners first', async () => {
    const files = (await readdir(EXAMPLES_DIR)).filter((file) => file.endsWith('.graphql'));
    expect(tabs).toHaveLength(files.length);
    expect(tabs[0]!.query).toContain('query WenzhouPartners(');
  });

  it('appends each fragment a tab spreads, once, and runs every tab without errors', async () => {
    for (const tab of tabs) {
      const operation = /^(query|mutation) (\w+)/m.exec(tab.query)?.[2];
      for (const name of new Set([...tab.query.matchAll(/\.\.\.(\w+)/g)].map((match) => match[1]))) {
        expect(tab.query.split(`fragment ${name} on`).length - 1, `${operation} defines ${name} once`).toBe(
          1,
        );
      }
      const result = await harness.execute(tab.query, JSON.parse(tab.variables) as Record<string, unknown>);
      expect(result.errors, `${operation} runs`).toBeUndefined();
      expect(result.data, `${operation} answers`).toBeTruthy();
    }
  });
});
