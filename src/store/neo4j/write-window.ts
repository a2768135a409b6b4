/**
 * Keeps up to `concurrency` write transactions in flight: the next batch is read and prepared while
 * the server works on the previous ones, instead of each side waiting for the other. The first failure
 * stops new writes; `drain` waits for every write started and rethrows it.
 */
export class WriteWindow {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;

  constructor(private readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`concurrency must be a whole number of at least 1, not ${concurrency}`);
    }
  }

  /** Starts `write` once a slot is free; resolves when it has started (not finished). */
  async submit(write: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    // After a failure, nothing new starts, and the caller hears of it only once the others are done.
    if (this.failure) await this.drain();
    const running: Promise<void> = write()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  /** Waits for every write started so far; throws the first failure. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
