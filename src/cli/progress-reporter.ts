/**
 * Progress for long command-line jobs: a bar redrawn in place on a terminal, one line per step
 * otherwise (so CI logs stay readable). Each step shows its rate since it began, and the time left
 * when its total is known.
 */
export interface ProgressReporter {
  /** `total` is null when the step does not know how much there is. */
  update(label: string, done: number, total: number | null): void;
  finish(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = performance.now();
  let lastLabel = '';
  let lastLine = 0;
  let stepStarted = started;
  let lastUpdate = started;
  return {
    update(label, done, total) {
      const now = performance.now();
      // Steps follow each other: a step began when the one before it last reported.
      if (label !== lastLabel) stepStarted = lastUpdate;
      lastUpdate = now;
      const seconds = (now - started) / 1000;
      const stepSeconds = (now - stepStarted) / 1000;
      const rate = stepSeconds > 0 ? done / stepSeconds : 0;
      const left = total !== null && rate > 0 ? `, ~${Math.ceil((total - done) / rate)} s left` : '';
      const counted = total === null ? `${done}` : `${done}/${total}`;
      const pace = `${Math.round(rate)}/s${left}`;
      if (stream.isTTY) {
        const width = 30;
        const share = total === null || total === 0 ? 1 : done / total;
        const filled = Math.round(share * width);
        stream.write(
          `\r${label.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counted} ${pace} ${seconds.toFixed(1)}s  `,
        );
        if (done === total) stream.write('\n');
        lastLabel = label;
        return;
      }
      // Without a terminal: the first and last update of each step, and at most one line a second between.
      if (label !== lastLabel || done === total || seconds - lastLine >= 1) {
        stream.write(`${label}: ${counted} (${seconds.toFixed(1)}s, ${pace})\n`);
        lastLabel = label;
        lastLine = seconds;
      }
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
