import { statSync } from 'node:fs';
import { LocalizedError, TransactionColumnsBuilder } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import { generateTransactionColumns, transactionCsvChunks } from '@dossier/core/sample';
import { describe, expect, it } from 'vitest';
import { workspace } from '../testing-fixtures/harness.js';
import { TextCodes } from './byte-dictionary.js';
import { appendRange, halfway, mergeRange, startRangeWorker } from './parallel-read.js';
import { readRange } from './range-worker.js';
import { readTransactionsFile } from './read-transactions.js';
import { DateReader } from './values.js';

// Two threads must read what one thread reads: the same columns (codes in the same order of
// first appearance), or the same error.

const at = { width: 4, customer: 0, date: 1, amount: 2, cost: -1, paid: -1, quantity: -1, order: 3, product: -1, category: -1 };

async function outcome(path: string, parallelFrom: number, keepProducts = false): Promise<{ columns: TransactionColumns } | { error: string }> {
  try {
    return { columns: await readTransactionsFile(path, { name: 'lines.csv', keepProducts, parallelFrom }) };
  } catch (error) {
    if (error instanceof LocalizedError) return { error: `${error.code}: ${error.messageIn('en')}` };
    throw error;
  }
}

describe('reading the second half of a file in a worker', () => {
  // The first half of this file ends after 'K2,2025-01-03,3,O2\n' (halfway finds the line
  // after the middle); the second half names K2 again (with a trailing space), a new K3 with
  // no order number, and K1 again with a new order O3.
  const lines = ['customer_id,date,amount,order_id', 'K1,2025-01-02,10.5,O1', 'K2,2025-01-03,3,O2', 'K2 ,2025-01-03,4,O2', 'K3,2025-01-04,-1.25,', 'K1,2025-01-02,7,O3'];
  const text = `${lines.join('\n')}\n`;
  const secondStart = text.indexOf('K2 ,');

  it('reads its range into codes of its own, dates as digits, and they merge into the main codes', () => {
    const path = workspace().file('lines.csv', text);
    const range = readRange({ path, start: secondStart, end: text.length, at })!;
    expect(range.length).toBe(3);
    expect(Array.from(range.customer)).toEqual([0, 1, 2]); // 'K2 ', 'K3', 'K1' in their own order
    expect(Buffer.from(range.texts.customers.bytes).toString()).toBe('K2 K3K1');
    expect(Array.from(range.texts.customers.ends)).toEqual([3, 5, 7]);
    expect(Array.from(range.dateKey)).toEqual([20250103, 20250104, 20250102]);
    expect(Array.from(range.amount)).toEqual([4, -1.25, 7]);
    expect(Array.from(range.order)).toEqual([0, -1, 1]); // O2, none, O3

    // The main thread has read K1/O1 (10.5 on 2025-01-02) and K2/O2 (3 on 2025-01-03): K2 keeps
    // code 1, K3 is 2; O2 keeps 1, O3 is 2.
    const target = {
      codes: { customers: new TextCodes(), orders: new TextCodes({ lazy: true }), products: new TextCodes(), categories: new TextCodes() },
      dates: new DateReader(),
    };
    const builder = new TransactionColumnsBuilder(4);
    for (const [id, order, day, amount] of [['K1', 'O1', 20090, 10.5], ['K2', 'O2', 20091, 3]] as const) {
      builder.pushCodes(target.codes.customers.codeOf(id), day, amount, Number.NaN, Number.NaN, Number.NaN, target.codes.orders.codeOf(order), -1, -1);
    }
    expect(mergeRange(range, target)).toBe(true);
    const columns = appendRange(builder.finish(), range);
    expect(columns.length).toBe(5);
    expect(Array.from(columns.customer)).toEqual([0, 1, 1, 2, 0]);
    expect(Array.from(columns.order!)).toEqual([0, 1, 1, -1, 2]);
    // 2025-01-03 is day 20,091 since 1970-01-01 (55 years with 14 leap days: 55 × 365 + 14 + 2).
    expect(Array.from(columns.day)).toEqual([20090, 20091, 20091, 20092, 20090]);
    expect(Array.from(columns.amount)).toEqual([10.5, 3, 4, -1.25, 7]);
    // No line has a cost or a product: those columns stay absent.
    expect(columns.cost).toBeUndefined();
    expect(columns.product).toBeUndefined();
    expect(target.codes.customers.values).toEqual(['K1', 'K2', 'K3']);
    expect([...target.codes.orders.values]).toEqual(['O1', 'O2', 'O3']);
    // The merge searched the order table without growing it: it may not be asked again.
    expect(() => target.codes.orders.codeOf('O4')).toThrow();
  });

  it('keeps an optional column that only the second half fills, missing in the first', () => {
    const path = workspace().file('cost.csv', 'K1,2025-01-02,1,\nK2,2025-01-02,2,0.5\n');
    const range = readRange({ path, start: 0, end: statSync(path).size, at: { ...at, order: -1, cost: 3 } })!;
    const target = { codes: { customers: new TextCodes(), orders: new TextCodes(), products: new TextCodes(), categories: new TextCodes() }, dates: new DateReader() };
    const builder = new TransactionColumnsBuilder(4);
    builder.pushCodes(target.codes.customers.codeOf('K0'), 20090, 5, Number.NaN, Number.NaN, Number.NaN, -1, -1, -1);
    expect(mergeRange(range, target)).toBe(true);
    const columns = appendRange(builder.finish(), range);
    expect(Array.from(columns.cost!)).toEqual([Number.NaN, Number.NaN, 0.5]);
    expect(Array.from(columns.customer)).toEqual([0, 1, 2]);
    expect(columns.order).toBeUndefined();
  });

  it('declines a range with a line the byte reader does not take, and a blank customer at the merge', () => {
    const path = workspace().file('lines.csv', `${text}K4,2025/1/5,1,O4\n`);
    expect(readRange({ path, start: secondStart, end: statSync(path).size, at })).toBeUndefined();
    const blank = workspace().file('blank.csv', 'K1,2025-01-02,1,O1\n   ,2025-01-02,1,O1\n');
    const range = readRange({ path: blank, start: 0, end: statSync(blank).size, at })!;
    const target = { codes: { customers: new TextCodes(), orders: new TextCodes(), products: new TextCodes(), categories: new TextCodes() }, dates: new DateReader() };
    expect(mergeRange(range, target)).toBe(false);
  });

  it('splits at the start of the line after the middle', () => {
    const path = workspace().file('lines.csv', text);
    // The file is 134 bytes; its middle, byte 67, is inside 'K2,2025-01-03,3,O2' (bytes 55-73, LF at 73).
    expect(text.length).toBe(134);
    expect(secondStart).toBe(74);
    expect(halfway(path, text.length)).toBe(secondStart);
  });

  it('gives the columns one thread gives on the sample book, in a real worker', async () => {
    const book = generateTransactionColumns({ seed: 5, customers: 400, transactions: 6000, asOf: '2026-01-01' });
    let csv = '';
    for await (const chunk of transactionCsvChunks(book)) csv += chunk;
    const path = workspace().file('book.csv', csv);
    for (const keepProducts of [false, true]) {
      const one = await outcome(path, Number.POSITIVE_INFINITY, keepProducts);
      const two = await outcome(path, 0, keepProducts);
      expect('columns' in two).toBe(true);
      expect(two).toEqual(one);
    }
    // The worker itself answers (no fallback to one thread): its lines are the file's second half.
    const worker = startRangeWorker();
    const bytes = Buffer.from(csv);
    const start = halfway(path, bytes.length)!;
    const header = csv.slice(0, csv.indexOf('\n')).split(',');
    const column = (name: string) => header.indexOf(name);
    const range = await worker.read({
      path,
      start,
      end: bytes.length,
      at: { width: header.length, customer: column('customer_id'), date: column('date'), amount: column('amount'), cost: column('cost'), paid: column('paid'), quantity: column('quantity'), order: column('order_id'), product: -1, category: -1 },
    });
    worker.stop();
    expect(range?.length).toBe(bytes.subarray(start).toString().split('\n').filter((line) => line !== '').length);
  });

  it('gives the reading or the error of one thread when the second half needs the text reader', async () => {
    const head = ['customer_id,date,amount,order_id', ...Array.from({ length: 50 }, (_, i) => `K${i % 7},2025-01-${String((i % 28) + 1).padStart(2, '0')},${i}.5,O${i}`)];
    for (const late of ['K9,2025/2/1,3,O99', 'K9,2025-02-30,3,O99', '"K,9",2025-02-01,3,O99', 'K9,2025-02-01,1.234,O99']) {
      const path = workspace().file('lines.csv', `${[...head, ...head.slice(1), late].join('\n')}\n`);
      const one = await outcome(path, Number.POSITIVE_INFINITY);
      expect(await outcome(path, 0), late).toEqual(one);
    }
  });
});
