import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { isWholeFen } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import type { TextCodes } from './byte-dictionary.js';
import type { DayReader } from './fast-row.js';
import type { RangeColumns, RangeRequest } from './range-worker.js';

/**
 * Files from this size on are read by two threads (a worker reads the second half): off by default.
 * Measured on the 75 MB book (1M lines, 510k order numbers) on the shared 2-core machine (load
 * 9-13), built JS: the main thread's CPU time for the reading fell from about 0.70 s to 0.47 s (the
 * wall time of a quiet machine, where the worker has its own core), the process's rose by about
 * 0.22 s (the worker's start and the merge, `mergeRange` / `appendRange`); from source under tsx
 * by 0.44 s (the worker compiles its modules). Whether the wall time gained is worth the CPU time
 * is for a quiet machine to tell: pass `parallelFrom` (for example 32 MiB) to measure it there.
 */
export const PARALLEL_BYTES = Number.POSITIVE_INFINITY;

/**
 * Where the second half of a file starts: the start of the first line after its middle, or
 * undefined when none is found within 1 MiB of it.
 *
 * @example
 * halfway('book.csv', statSync('book.csv').size) // 37736804
 */
export function halfway(path: string, size: number): number | undefined {
  const middle = Math.floor(size / 2);
  const probe = Buffer.allocUnsafe(Math.min(1 << 20, size - middle));
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, probe, 0, probe.length, middle);
    const lf = probe.subarray(0, read).indexOf(0x0a);
    return lf === -1 || middle + lf + 1 >= size ? undefined : middle + lf + 1;
  } finally {
    closeSync(fd);
  }
}

/** A worker thread that reads one range of a file (range-worker), started before the range is known. */
export interface RangeWorker {
  /** Reads the lines of `[start, end)`: their columns, or undefined when the worker declined a line or could not run. */
  read(request: RangeRequest): Promise<RangeColumns | undefined>;
  /** Ends the worker (at once, or after its answer). */
  stop(): void;
}

/**
 * Starts a range worker: the thread starts (and loads its modules) while the main thread finds
 * the header, which the request needs.
 *
 * @example
 * const worker = startRangeWorker();
 * const columns = await worker.read({ path, start, end: size, at });
 */
export function startRangeWorker(): RangeWorker {
  // The worker's module beside this one: .ts when run from source (then under tsx), .js when built.
  const here = import.meta.url;
  const file = new URL(here.endsWith('.ts') ? './range-worker.ts' : './range-worker.js', here);
  let worker: Worker | undefined;
  try {
    // From source the worker registers tsx first (Node 20 does not run `--import` in workers).
    const tsx = here.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined;
    worker =
      tsx === undefined
        ? new Worker(file)
        : new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`, { eval: true });
  } catch {
    worker = undefined;
  }
  // Failing before it is asked (a module not found) is kept for `read`.
  let failed = worker === undefined;
  worker?.once('error', () => (failed = true));
  return {
    read(request) {
      if (worker === undefined || failed) return Promise.resolve(undefined);
      const thread = worker;
      return new Promise((resolve) => {
        thread.once('message', (message: RangeColumns | { ok: false }) => resolve(message.ok ? message : undefined));
        thread.once('error', () => resolve(undefined));
        thread.once('exit', () => resolve(undefined));
        thread.postMessage(request);
      });
    },
    stop: () => void worker?.terminate(),
  };
}

/** What the main thread codes texts and dates with (`transactionReader`'s tables). */
export interface RangeTarget {
  codes: { customers: TextCodes; orders: TextCodes; products: TextCodes; categories: TextCodes };
  dates: DayReader;
}

/**
 * Turns a worker's columns into the main thread's codes, in place: each raw text gets its code
 * from the main thread's table (`TextCodes.merge`: in the order the worker met them, the order of
 * first appearance, so codes are what one thread gives), each date key its day number (in
 * `dateKey`, which then holds days). False when a customer id is blank, a date not a calendar
 * date or an amount not whole fen: those lines are for the text reader (the caller reads the file
 * again with one thread, with new tables).
 */
export function mergeRange(range: RangeColumns, { codes, dates }: RangeTarget): boolean {
  const days = new Map<number, number>();
  const { length, customer, dateKey, amount, cost, paid } = range;
  for (let i = 0; i < length; i++) {
    const key = dateKey[i]!;
    let day = days.get(key);
    if (day === undefined) {
      const digits = String(key).padStart(8, '0');
      day = dates.day(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`);
      if (day === undefined) return false;
      days.set(key, day);
    }
    dateKey[i] = day;
    if (!isWholeFen(amount[i]!) || !(Number.isNaN(cost[i]!) || isWholeFen(cost[i]!)) || !(Number.isNaN(paid[i]!) || isWholeFen(paid[i]!))) return false;
  }
  const customers = codes.customers.merge(range.texts.customers);
  if (customers.includes(-1)) return false;
  const recode = (column: Int32Array, map: Int32Array) => {
    for (let i = 0; i < length; i++) column[i] = map[column[i]!]!;
  };
  recode(customer, customers);
  const optional = (column: Int32Array, map: Int32Array) => {
    if (map.length === 0) return;
    for (let i = 0; i < length; i++) if (column[i]! >= 0) column[i] = map[column[i]!]!;
  };
  optional(range.order, codes.orders.merge(range.texts.orders));
  optional(range.product, codes.products.merge(range.texts.products));
  optional(range.category, codes.categories.merge(range.texts.categories));
  return true;
}

/**
 * The columns of a file read in two halves: the main thread's (`first`, from its builder) followed
 * by a worker's merged ones (`mergeRange`), concatenated column by column; an optional column is
 * there when either half has a value in it (missing values NaN or -1, as the builder writes them).
 */
export function appendRange(first: TransactionColumns, range: RangeColumns): TransactionColumns {
  const n = first.length + range.length;
  const ints = (head: Int32Array | undefined, tail: Int32Array, optional: boolean): Int32Array | undefined => {
    if (optional && head === undefined && !tail.some((v) => v >= 0)) return undefined;
    const out = new Int32Array(n);
    if (head === undefined) out.fill(-1, 0, first.length);
    else out.set(head);
    out.set(tail, first.length);
    return out;
  };
  const floats = (head: Float64Array | undefined, tail: Float64Array, optional: boolean): Float64Array | undefined => {
    if (optional && head === undefined && tail.every((v) => Number.isNaN(v))) return undefined;
    const out = new Float64Array(n);
    if (head === undefined) out.fill(Number.NaN, 0, first.length);
    else out.set(head);
    out.set(tail, first.length);
    return out;
  };
  const cost = floats(first.cost, range.cost, true);
  const paid = floats(first.paid, range.paid, true);
  const quantity = floats(first.quantity, range.quantity, true);
  const order = ints(first.order, range.order, true);
  const product = ints(first.product, range.product, true);
  const category = ints(first.category, range.category, true);
  return {
    length: n,
    customerIds: first.customerIds,
    customer: ints(first.customer, range.customer, false)!,
    day: ints(first.day, range.dateKey, false)!,
    amount: floats(first.amount, range.amount, false)!,
    ...(cost ? { cost } : {}),
    ...(paid ? { paid } : {}),
    ...(quantity ? { quantity } : {}),
    ...(order ? { order } : {}),
    ...(product ? { product } : {}),
    ...(category ? { category } : {}),
  };
}
