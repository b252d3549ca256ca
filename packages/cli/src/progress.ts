/** Where progress is drawn: standard error, and whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** Reports how far a long step has come. */
export interface Progress {
  /** `done` out of `total` (bytes, lines …). */
  update(done: number, total: number): void;
  /** Clears the bar. */
  end(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** What is being done, shown before the bar ("Reading sales.csv"). */
  label: string;
  /** No bar before this many milliseconds: short runs stay quiet. */
  delayMs?: number | undefined;
  /** The clock; injected by tests. */
  now?: (() => number) | undefined;
}

const silent: Progress = { update() {}, end() {} };

/**
 * A progress bar on standard error for long runs, redrawn in place at most ten times a
 * second, and only when standard error is a terminal (a log file gets nothing). Standard
 * output stays clean for the data.
 *
 * @example
 * const progress = createProgress(process.stderr, { label: 'Reading sales.csv' });
 * progress.update(512, 1024);
 * progress.end();
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  if (!stream.isTTY) return silent;
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? 500;
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < delay || t - drawnAt < 100) return;
      drawnAt = t;
      drawn = true;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - options.label.length - 12));
      const filled = Math.round(ratio * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      stream.write(`\r${options.label} ${bar} ${Math.floor(ratio * 100)}%`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
