// A worker thread that reads the lines of one byte range of a transactions file (the second half
// of a large file, see readRangeInWorker) with the byte reader's own line reader
// (fastTransactionRow) into columns of its own: texts coded by their raw bytes in the order they
// first appear, dates as their yyyymmdd digits. The main thread turns them into its codes and day
// numbers (mergeRange). Any line the byte reader declines ends the worker with `ok: false`: the
// file is then read again by one thread, which gives the line's reading or its error.
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ByteDictionary } from './byte-dictionary.js';
import { fastTransactionRow, plainLines, type FastColumns } from './fast-row.js';

/** What the worker is asked: read the lines of `path` in `[start, end)`, whose header is `at`. */
export interface RangeRequest {
  path: string;
  start: number;
  end: number;
  at: FastColumns;
}

/** Distinct raw texts of one column, in order of first appearance: text k is bytes[ends[k-1], ends[k]). */
export interface RawTexts {
  bytes: Uint8Array;
  ends: Int32Array;
}

/** The columns of a range: local codes into `texts`, dates as yyyymmdd numbers. */
export interface RangeColumns {
  ok: true;
  length: number;
  customer: Int32Array;
  dateKey: Int32Array;
  amount: Float64Array;
  cost: Float64Array;
  paid: Float64Array;
  quantity: Float64Array;
  order: Int32Array;
  product: Int32Array;
  category: Int32Array;
  texts: { customers: RawTexts; orders: RawTexts; products: RawTexts; categories: RawTexts };
}

const LF = 0x0a;
const CR = 0x0d;
const CHUNK_BYTES = 8 << 20;

/** Codes of raw byte sequences (no trimming: the main thread trims), their bytes kept to send back. */
class RawCodes {
  #bytes = new Uint8Array(1 << 16);
  #ends = new Int32Array(1024);
  #count = 0;
  readonly #dictionary = new ByteDictionary<number>((bytes, start, end) => this.#add(bytes, start, end));

  code(bytes: Buffer, start: number, end: number): number {
    return this.#dictionary.get(bytes, start, end);
  }

  texts(): RawTexts {
    return { bytes: this.#bytes.slice(0, this.#count === 0 ? 0 : this.#ends[this.#count - 1]), ends: this.#ends.slice(0, this.#count) };
  }

  #add(bytes: Buffer, start: number, end: number): number {
    const used = this.#count === 0 ? 0 : this.#ends[this.#count - 1]!;
    if (used + end - start > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(this.#bytes.length * 2, used + end - start));
      grown.set(this.#bytes.subarray(0, used));
      this.#bytes = grown;
    }
    if (this.#count === this.#ends.length) {
      const grown = new Int32Array(this.#ends.length * 2);
      grown.set(this.#ends);
      this.#ends = grown;
    }
    const pool = this.#bytes;
    for (let k = start, at = used; k < end; k++, at++) pool[at] = bytes[k]!;
    this.#ends[this.#count] = used + end - start;
    return this.#count++;
  }
}

/** Growing columns of a range, filled by the line reader through `pushCodes`. */
class RangeBuilder {
  length = 0;
  #capacity = 1 << 16;
  customer = new Int32Array(this.#capacity);
  dateKey = new Int32Array(this.#capacity);
  order = new Int32Array(this.#capacity);
  product = new Int32Array(this.#capacity);
  category = new Int32Array(this.#capacity);
  amount = new Float64Array(this.#capacity);
  cost = new Float64Array(this.#capacity);
  paid = new Float64Array(this.#capacity);
  quantity = new Float64Array(this.#capacity);

  pushCodes(customer: number, day: number, amount: number, cost: number, paid: number, quantity: number, order: number, product: number, category: number): void {
    if (this.length === this.#capacity) this.#grow();
    const i = this.length++;
    this.customer[i] = customer;
    this.dateKey[i] = day;
    this.order[i] = order;
    this.product[i] = product;
    this.category[i] = category;
    this.amount[i] = amount;
    this.cost[i] = cost;
    this.paid[i] = paid;
    this.quantity[i] = quantity;
  }

  #grow(): void {
    this.#capacity *= 2;
    const grow = <T extends Int32Array | Float64Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(this.#capacity);
      next.set(old);
      return next;
    };
    this.customer = grow(this.customer);
    this.dateKey = grow(this.dateKey);
    this.order = grow(this.order);
    this.product = grow(this.product);
    this.category = grow(this.category);
    this.amount = grow(this.amount);
    this.cost = grow(this.cost);
    this.paid = grow(this.paid);
    this.quantity = grow(this.quantity);
  }
}

/**
 * Reads the lines of the range: the columns, or undefined when a line (or the bytes) is not for
 * the byte reader.
 */
export function readRange({ path, start, end, at }: RangeRequest): RangeColumns | undefined {
  const builder = new RangeBuilder();
  const codes = { customers: new RawCodes(), orders: new RawCodes(), products: new RawCodes(), categories: new RawCodes() };
  // The date's digits as a number (2025-01-05 → 20250105); the main thread reads each once.
  const dates = { day: (text: string) => Number(text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10)) };
  const fast = fastTransactionRow(builder, codes, dates, at);
  const line = (buffer: Buffer, from: number, to: number): boolean => {
    if (to > from && buffer[to - 1] === CR) to--;
    return from === to || fast(buffer, from, to);
  };
  const fd = openSync(path, 'r');
  try {
    let tail = Buffer.alloc(0);
    for (let position = start; position < end; ) {
      const size = Math.min(CHUNK_BYTES, end - position);
      const chunk = Buffer.allocUnsafe(tail.length + size);
      tail.copy(chunk);
      let filled = tail.length;
      while (filled < chunk.length) {
        const read = readSync(fd, chunk, filled, chunk.length - filled, position);
        if (read === 0) return undefined;
        filled += read;
        position += read;
      }
      const last = position >= end;
      const cut = last ? chunk.length : chunk.lastIndexOf(LF) + 1;
      const body = chunk.subarray(0, cut);
      if (!plainLines(body)) return undefined;
      let from = 0;
      for (let lf = body.indexOf(LF); lf !== -1; from = lf + 1, lf = body.indexOf(LF, from)) if (!line(body, from, lf)) return undefined;
      if (last && from < body.length && !line(body, from, body.length)) return undefined;
      tail = chunk.subarray(cut);
    }
  } finally {
    closeSync(fd);
  }
  const n = builder.length;
  const [customer, dateKey, order, product, category] = [builder.customer, builder.dateKey, builder.order, builder.product, builder.category].map((column) => column.slice(0, n)) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const [amount, cost, quantity, paid] = [builder.amount, builder.cost, builder.quantity, builder.paid].map((column) => column.slice(0, n)) as [Float64Array, Float64Array, Float64Array, Float64Array];
  const texts = { customers: codes.customers.texts(), orders: codes.orders.texts(), products: codes.products.texts(), categories: codes.categories.texts() };
  return { ok: true, length: n, customer, dateKey, amount, cost, paid, quantity, order, product, category, texts };
}

parentPort?.once('message', (request: RangeRequest) => {
  const columns = readRange(request);
  if (columns === undefined) {
    parentPort!.postMessage({ ok: false });
    return;
  }
  const { texts } = columns;
  const arrays: ArrayBufferView[] = [columns.customer, columns.dateKey, columns.amount, columns.cost, columns.paid, columns.quantity, columns.order, columns.product, columns.category];
  for (const t of Object.values(texts)) arrays.push(t.bytes, t.ends);
  const buffers = arrays.map((array) => array.buffer as ArrayBuffer);
  parentPort!.postMessage(columns, buffers);
});
