/**
 * Progress for long command-line jobs: a bar redrawn in place on a terminal, one line per step
 * otherwise (so CI logs stay readable).
 */
export interface ProgressReporter {
  update(label: string, done: number, total: number): void;
  finish(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = performance.now();
  let lastLabel = '';
  let lastLine = 0;
  return {
    update(label, done, total) {
      const seconds = (performance.now() - started) / 1000;
      if (stream.isTTY) {
        const width = 30;
        const filled = total === 0 ? width : Math.round((done / total) * width);
        stream.write(
          `\r${label.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${seconds.toFixed(1)}s`,
        );
        if (done === total) stream.write('\n');
        return;
      }
      // Without a terminal: the first and last update of each step, and at most one line a second between.
      if (label !== lastLabel || done === total || seconds - lastLine >= 1) {
        stream.write(`${label}: ${done}/${total} (${seconds.toFixed(1)}s)\n`);
        lastLabel = label;
        lastLine = seconds;
      }
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
