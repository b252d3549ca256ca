import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { TransactionColumnsBuilder } from '@dossier/core';
import type { ByteCodes, DayReader } from './fast-row.js';
import type { RangeColumns, RangeRequest, RawTexts } from './range-worker.js';

/**
 * Files from this size on are read by two threads (a worker reads the second half): off by default.
 * Measured on the 75 MB book (1M lines, 510k order numbers) on a shared 2-core machine: the two
 * threads took 1.4-1.6× the CPU time of one (the main thread codes the worker's 255k new order
 * numbers and appends its lines again: about 230 ms) and were slower in wall time at load 15-20;
 * the gain on a quiet machine is at most the worker's half minus that merge. Pass `parallelFrom`
 * (for example 16 MiB) to measure it there.
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
  builder: Pick<TransactionColumnsBuilder, 'pushCodes'>;
  codes: { customers: ByteCodes; orders: ByteCodes; products: ByteCodes; categories: ByteCodes };
  dates: DayReader;
}

/**
 * Appends a worker's lines to the main thread's columns, as if the main thread had read them after
 * its own: each raw text gets its code from the main thread's table in the order the worker met
 * them (the order of first appearance, so codes are what one thread gives), each date key its day
 * number. False, with nothing appended, when a customer id is blank or a date not a calendar date:
 * those lines are for the text reader (the caller reads the file again with one thread).
 */
export function mergeRange(range: RangeColumns, { builder, codes, dates }: RangeTarget): boolean {
  const codesOf = (texts: RawTexts, table: ByteCodes): Int32Array => {
    const out = new Int32Array(texts.ends.length);
    const bytes = Buffer.from(texts.bytes.buffer, texts.bytes.byteOffset, texts.bytes.length);
    for (let k = 0, start = 0; k < out.length; start = texts.ends[k]!, k++) out[k] = table.code(bytes, start, texts.ends[k]!);
    return out;
  };
  const customers = codesOf(range.texts.customers, codes.customers);
  if (customers.includes(-1)) return false;
  const orders = codesOf(range.texts.orders, codes.orders);
  const products = codesOf(range.texts.products, codes.products);
  const categories = codesOf(range.texts.categories, codes.categories);
  const days = new Map<number, number>();
  for (const key of range.dateKey) {
    if (days.has(key)) continue;
    const digits = String(key).padStart(8, '0');
    const day = dates.day(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`);
    if (day === undefined) return false;
    days.set(key, day);
  }
  const { customer, dateKey, amount, cost, paid, quantity, order, product, category } = range;
  const local = (codes: Int32Array, k: number) => (k < 0 ? -1 : codes[k]!);
  for (let i = 0; i < range.length; i++) {
    builder.pushCodes(customers[customer[i]!]!, days.get(dateKey[i]!)!, amount[i]!, cost[i]!, paid[i]!, quantity[i]!, local(orders, order[i]!), local(products, product[i]!), local(categories, category[i]!));
  }
  return true;
}
