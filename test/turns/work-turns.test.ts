import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusyError } from '../../src/errors.js';
import { UnwantedWorkError, WorkTurns, type WorkTurnsOptions } from '../../src/turns/index.js';

describe('WorkTurns', () => {
  // The turns read the fake timers' clock; a turn's work moves it on by the turn's length, as a
  // synchronous export does, without running the timers meanwhile.
  const turns = (options: WorkTurnsOptions = {}) => new WorkTurns({ now: () => Date.now(), ...options });
  const lasting =
    <T>(ms: number, value: T, log: T[] = []) =>
    () => {
      vi.setSystemTime(Date.now() + ms);
      log.push(value);
      return value;
    };
  const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

  beforeEach(() => {
    vi.useFakeTimers({ now: 1000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs an export at once when none waits or cools down', async () => {
    const log: string[] = [];
    const answer = turns().take(lasting(100, 'a', log));
    // In the caller's own tick, before anything is awaited.
    expect(log).toEqual(['a']);
    await expect(answer).resolves.toBe('a');
  });

  it('holds the next export as long as the last one took, at the default share of a half', async () => {
    const queue = turns();
    const log: string[] = [];
    await queue.take(lasting(100, 'a', log));
    const second = queue.take(lasting(100, 'b', log));
    await wait(99);
    expect(log).toEqual(['a']);
    await wait(1);
    expect(log).toEqual(['a', 'b']);
    await expect(second).resolves.toBe('b');
  });

  it('holds a turn whose work settles later until it settles, and pauses as long after it', async () => {
    const queue = turns();
    const log: string[] = [];
    const first = queue.take(() => new Promise<string>((resolve) => setTimeout(() => resolve('a'), 100)));
    const second = queue.take(lasting(10, 'b', log));
    await wait(100);
    await expect(first).resolves.toBe('a');
    expect(log).toEqual([]);
    await wait(99);
    expect(log).toEqual([]);
    await wait(1);
    expect(log).toEqual(['b']);
    await expect(second).resolves.toBe('b');
  });

  it('leaves no pause after a turn shorter than pauseAfterMs', async () => {
    const queue = turns({ pauseAfterMs: 10 });
    const log: string[] = [];
    await queue.take(lasting(9, 'a', log));
    void queue.take(lasting(10, 'b', log));
    expect(log).toEqual(['a', 'b']);
    void queue.take(lasting(10, 'c', log));
    expect(log).toEqual(['a', 'b']);
    await wait(10);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('holds it three times as long at a share of a quarter', async () => {
    const queue = turns({ share: 0.25 });
    const log: string[] = [];
    await queue.take(lasting(100, 'a', log));
    void queue.take(lasting(100, 'b', log));
    await wait(299);
    expect(log).toEqual(['a']);
    await wait(1);
    expect(log).toEqual(['a', 'b']);
  });

  it('starts those waiting in the order they came, one turn at a time', async () => {
    const queue = turns();
    const log: string[] = [];
    await queue.take(lasting(50, 'a', log));
    const rest = ['b', 'c', 'd'].map((name) => queue.take(lasting(50, name, log)));
    expect(queue.waitingCount).toBe(3);
    await wait(50);
    expect(log).toEqual(['a', 'b']);
    expect(queue.waitingCount).toBe(2);
    await wait(1000);
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    await expect(Promise.all(rest)).resolves.toEqual(['b', 'c', 'd']);
    expect(queue.waitingCount).toBe(0);
  });

  it('refuses one more than maxWaiting with BUSY, saying how long those ahead will take', async () => {
    const queue = turns({ maxWaiting: 2 });
    await queue.take(lasting(400, 'a'));
    const waiting = [queue.take(lasting(400, 'b')), queue.take(lasting(400, 'c'))];
    expect(() => queue.assertRoom()).toThrow(BusyError);
    const refused = await queue.take(lasting(400, 'd')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).extensions).toMatchObject({ code: 'BUSY' });
    // 400 ms of pause left, then two turns of 400 ms each with their pauses: 2 s.
    expect((refused as BusyError).retryAfterSeconds).toBe(2);
    expect((refused as BusyError).message).toBe(
      'The service is busy with other exports and analyses. Try again in 2 s.',
    );
    await wait(2000);
    await expect(Promise.all(waiting)).resolves.toEqual(['b', 'c']);
    expect(() => queue.assertRoom()).not.toThrow();
  });

  it('refuses an export that waited maxWaitMs, and starts the next in its place', async () => {
    const queue = turns({ maxWaitMs: 600 });
    const log: string[] = [];
    await queue.take(lasting(1000, 'a', log));
    const late = queue.take(lasting(10, 'b', log)).catch((error: unknown) => error);
    await wait(600);
    expect(await late).toBeInstanceOf(BusyError);
    expect(queue.waitingCount).toBe(0);
    const next = queue.take(lasting(10, 'c', log));
    await wait(400);
    await expect(next).resolves.toBe('c');
    expect(log).toEqual(['a', 'c']);
  });

  it('drops unrun the work whose owner was answered while it waited, and counts it no more', async () => {
    const queue = turns({ maxWaiting: 2 });
    const log: string[] = [];
    await queue.take(lasting(100, 'a', log));
    const answeredEarly = { answered: false };
    const dropped = queue.take(lasting(100, 'b', log), answeredEarly).catch((error: unknown) => error);
    const kept = queue.take(lasting(100, 'c', log), { answered: false });
    expect(() => queue.assertRoom()).toThrow(BusyError);
    answeredEarly.answered = true;
    expect(queue.waitingCount).toBe(1);
    expect(await dropped).toBeInstanceOf(UnwantedWorkError);
    // Room again for one more, and the next turn is c's, after a's pause only.
    expect(() => queue.assertRoom()).not.toThrow();
    await wait(100);
    await expect(kept).resolves.toBe('c');
    expect(log).toEqual(['a', 'c']);
  });

  it('drops waiting work whose owner was answered when its turn comes, and starts the next', async () => {
    const queue = turns();
    const log: string[] = [];
    await queue.take(lasting(100, 'a', log));
    const owner = { answered: false };
    const dropped = queue.take(lasting(100, 'b', log), owner).catch((error: unknown) => error);
    const next = queue.take(lasting(100, 'c', log));
    // Nothing asks the turns anything meanwhile: the drop happens when b's turn would have come.
    owner.answered = true;
    await wait(100);
    expect(await dropped).toBeInstanceOf(UnwantedWorkError);
    await expect(next).resolves.toBe('c');
    expect(log).toEqual(['a', 'c']);
  });

  it('refuses at once, unrun, work whose owner was answered before it asked', async () => {
    const queue = turns();
    const log: string[] = [];
    // Nothing runs or waits: work of a request still unanswered would start at once.
    const refused = queue.take(lasting(100, 'a', log), { answered: true }).catch((error: unknown) => error);
    expect(await refused).toBeInstanceOf(UnwantedWorkError);
    expect(log).toEqual([]);
    await expect(queue.take(lasting(100, 'b', log))).resolves.toBe('b');
  });

  it('passes an export’s own error on and goes on with the next', async () => {
    const queue = turns();
    await queue.take(lasting(10, 'a'));
    const failing = queue.take(() => {
      vi.setSystemTime(Date.now() + 10);
      throw new Error('no layout');
    });
    const after = queue.take(lasting(10, 'c'));
    const failed = failing.catch((error: unknown) => error);
    await wait(100);
    expect(await failed).toEqual(new Error('no layout'));
    await expect(after).resolves.toBe('c');
  });

  it('takes only a share in (0, 1]', () => {
    expect(() => turns({ share: 0 })).toThrow('share must be in (0, 1], not 0');
    expect(() => turns({ share: 1.5 })).toThrow('share must be in (0, 1], not 1.5');
  });
});
