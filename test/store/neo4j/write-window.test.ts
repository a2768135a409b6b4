import { describe, expect, it } from 'vitest';
import { WriteWindow } from '../../../src/store/neo4j/write-window.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the window of writes in flight', () => {
  it('never has more writes running than its concurrency', async () => {
    const window = new WriteWindow(2);
    let running = 0;
    let most = 0;
    for (let i = 0; i < 10; i++) {
      await window.submit(async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
    }
    await window.drain();
    expect(most).toBe(2);
    expect(running).toBe(0);
  });

  it('starts nothing after a failure, and throws it once the writes in flight are done', async () => {
    const window = new WriteWindow(2);
    const finished: number[] = [];
    await window.submit(async () => {
      await tick();
      throw new Error('batch 1 failed');
    });
    await window.submit(async () => {
      await tick();
      await tick();
      finished.push(2);
    });
    await expect(window.submit(async () => void finished.push(3))).rejects.toThrow('batch 1 failed');
    expect(finished).toEqual([2]);
    await expect(window.drain()).rejects.toThrow('batch 1 failed');
  });
});
