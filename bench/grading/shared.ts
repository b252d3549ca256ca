// What every engine of the grading benchmark shares: the data sets, the grading rules
// written out independently of core (grading.md), and the form in which results are compared.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { TransactionColumns } from '@dossier/core';

/** The two book sizes of issue 3. */
export const sizes = {
  '100k': { customers: 100_000, transactions: 1_000_000 },
  '1m': { customers: 1_000_000, transactions: 10_000_000 },
} as const;
export type SizeName = keyof typeof sizes;

/** The evaluation every engine performs: ABC by revenue share (0.80 / 0.95, VIP top 1 %) and RFM with 5 bins. */
export const evaluation = { seed: 20260101, asOf: '2026-01-01', windowDays: 365, bookDays: 548 } as const;
export const cutoffs = [0.8, 0.95] as const;
export const vipFraction = 0.01;
export const bins = 5;

export const abcNames = ['A', 'B', 'C'] as const;

/** grading.md's segment table, rows R = 5 … 1, columns F = 1 … 5. */
export const segmentTable: readonly (readonly string[])[] = [
  ['new', 'potential', 'potential', 'champions', 'champions'],
  ['promising', 'potential', 'potential', 'champions', 'champions'],
  ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
  ['lost', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
];

/** The segment of scores (r, f), or `inactive` when the customer was not scored (r = 0). */
export function segmentOf(r: number, f: number): string {
  return r === 0 ? 'inactive' : segmentTable[5 - r]![f - 1]!;
}

/** ceil(fraction × n), robust to binary rounding (0.3 × 10 is 3, not 4). */
export function ceilShare(fraction: number, n: number): number {
  return Math.min(n, Math.max(0, Math.ceil(fraction * n - 1e-9)));
}

/** The grades of every customer as one engine computed them; index i belongs to ids[i]. */
export interface Grades {
  ids: readonly string[];
  /** 0 = A, 1 = B, 2 = C. */
  abc: Uint8Array;
  vip: Uint8Array;
  /** RFM scores 1 … 5, 0 when the customer is not scored (inactive). */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Revenue in the window: printed beside mismatches to tell float ties from errors. */
  revenue: Float64Array;
  /** The engine's own RFM segment; when absent, the segment is looked up from (r, f). */
  segment?: ((i: number) => string) | undefined;
}

/**
 * Writes grades as text sorted by customer id (`id,abc,vip,r,f,m,segment,revenue`), the form
 * the parent compares across engines; `present[i]` marks the customers that have lines.
 */
export function dumpGrades(grades: Grades, path: string, present: Uint8Array): void {
  const order = Int32Array.from(grades.ids.keys()).sort((a, b) => (grades.ids[a]! < grades.ids[b]! ? -1 : 1));
  const lines: string[] = [];
  for (const i of order) {
    // Only customers with lines: a CSV of lines cannot name the others (DuckDB never sees them).
    if (!present[i]) continue;
    const r = grades.r[i]!;
    lines.push(
      `${grades.ids[i]},${abcNames[grades.abc[i]!]},${grades.vip[i]},${r},${grades.f[i]},${grades.m[i]},${grades.segment ? grades.segment(i) : segmentOf(r, grades.f[i]!)},${grades.revenue[i]}`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What a child process reports on its standard output (one JSON line). */
export interface EngineReport {
  engine: string;
  size: SizeName;
  /** Wall-clock milliseconds of each timed run. */
  runs: number[];
  /**
   * CPU milliseconds of each timed run, all threads of the process (DuckDB's included): what a
   * run costs, which a loaded machine stretches much less than wall time.
   */
  cpuRuns?: number[];
  /** Resident set size once the input was in memory (MB), before the first run. */
  rssBeforeMB: number;
  /** Peak resident set size of the process (MB). */
  peakRssMB: number;
  /** Optional breakdown of one run (ms), by phase. */
  phases?: Record<string, number>;
  notes?: string[];
}

/**
 * A short hash of the columns the grading reads: names the cached CSV, and lets every child
 * check that it generated the very same book as the parent (the generator may change).
 */
export function fingerprint(book: TransactionColumns): string {
  const hash = createHash('sha1');
  for (const column of [book.customer, book.day, book.amount, book.order]) {
    if (column) hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  }
  hash.update(book.customerIds.join('\n'));
  hash.update(book.orderIds?.join('\n') ?? '');
  return hash.digest('hex').slice(0, 12);
}
