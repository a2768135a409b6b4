import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../src/cli/progress-reporter.js';

function fakeStream(): { stream: NodeJS.WriteStream; lines: string[] } {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, lines };
}

describe('progress without a terminal', () => {
  it('writes the first and last update of each step, with its rate and the time left', () => {
    const { stream, lines } = fakeStream();
    const progress = createProgressReporter(stream);
    progress.update('entities', 100, 1000);
    progress.update('entities', 200, 1000);
    progress.update('entities', 1000, 1000);
    progress.update('relationships', 10, null);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^entities: 100\/1000 \(\d+\.\ds, \d+\/s, ~\d+ s left\)\n$/);
    expect(lines[1]).toMatch(/^entities: 1000\/1000 \(/);
    expect(lines[2]).toMatch(/^relationships: 10 \(\d+\.\ds, \d+\/s\)\n$/);
  });
});
