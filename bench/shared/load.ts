// The machine's load around each engine of a benchmark (issue 20, "benchmarks you can trust"):
// the 1-minute load average before and after, kept beside the times, and a warning when it is
// above 1 (other work on the machine skews the run; a quiet machine must confirm it).
import { loadavg } from 'node:os';

/** The load average (1 minute) before and after one engine ran. */
export interface EngineLoad {
  before: number;
  after: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Records the loads of the engines of one benchmark run. */
export class LoadLog {
  readonly engines: Record<string, EngineLoad> = {};

  /**
   * Runs one engine, recording the load average before and after it, warning above 1.
   *
   * @example
   * const copy = await loads.around('postgres COPY', () => postgresCopy(pool, book));
   */
  async around<T>(engine: string, work: () => Promise<T>): Promise<T> {
    const before = round(loadavg()[0]!);
    this.warn(engine, 'before', before);
    const result = await work();
    const after = round(loadavg()[0]!);
    this.warn(engine, 'after', after);
    this.engines[engine] = { before, after };
    return result;
  }

  /** Whether any engine ran with a load average above 1. */
  get loaded(): boolean {
    return Object.values(this.engines).some((load) => load.before > 1 || load.after > 1);
  }

  private warn(engine: string, when: string, load: number): void {
    if (load > 1) console.warn(`  warning: load average ${load} ${when} ${engine} (above 1: other work skews this run; confirm on a quiet machine)`);
  }
}
