import type { Readable } from 'node:stream';
import { dayNumber, readDate, TransactionColumnsBuilder } from '@dossier/core';
import type { DateOrder, TransactionColumns } from '@dossier/core';
import { CliError } from '../errors.js';
import { canonicalColumn, isHeaderRow, locateColumns } from './columns.js';
import type { ColumnOverrides } from './columns.js';
import { feedWorkbook } from './workbook.js';
import { streamCsvBytes } from './byte-csv.js';
import { TextCodes } from './byte-dictionary.js';
import { fastTransactionRow } from './fast-row.js';
import type { FastColumns, FastRow } from './fast-row.js';
import { appendRange, halfway, mergeRange, PARALLEL_BYTES, startRangeWorker, type RangeTarget } from './parallel-read.js';
import type { RangeColumns } from './range-worker.js';
import { openCsvFile, streamCsv } from './stream-csv.js';
import type { CsvEncoding, CsvRowHandler } from './stream-csv.js';
import { DateReader, readNumber } from './values.js';

/** Columns a transactions file must have. */
export const requiredTransactionColumns = ['customer_id', 'date', 'amount'] as const;
/** Columns a transactions file may have. */
export const optionalTransactionColumns = ['cost', 'order_id', 'product_id', 'category', 'quantity', 'paid'] as const;

/** Options of {@link readTransactionsCsv}. */
export interface ReadTransactionsOptions {
  /** The file's name in error messages. */
  name: string;
  encoding?: CsvEncoding | undefined;
  /** Customers to register first (from a customers file), so that they appear even without lines. */
  customerIds?: Iterable<string> | undefined;
  onProgress?: ((bytesRead: number) => void) | undefined;
  /**
   * Whether to keep `product_id` and `category` (default true). Grading never reads them, so
   * `dossier grade` skips them: two dictionary look-ups less per line.
   */
  keepProducts?: boolean | undefined;
  /** The user's column mapping (`--map`, `--mapping`). */
  overrides?: ColumnOverrides | undefined;
  /**
   * Keep the other columns (地区, 业务员 …) as customer attributes: each customer's last non-empty
   * value per column, in `attributes` (for `analyze`).
   */
  attributes?: Map<string, Map<string, string>> | undefined;
  /** How day/month-first dates (03/04/2025) are read; refused when not given. */
  dateOrder?: DateOrder | undefined;
  /**
   * Files of this many bytes or more are read by two threads (a worker reads the second half);
   * default `PARALLEL_BYTES` (Infinity: one thread). Only for `readTransactionsFile`.
   */
  parallelFrom?: number | undefined;
  /** Told where the header was found, with the title lines skipped above it. */
  onHeader?: ((line: number, titleLines: readonly number[]) => void) | undefined;
}

/**
 * Reads a transactions CSV (header `customer_id,date,amount` plus any of `cost, order_id,
 * product_id, category, quantity, paid`, in any order) straight into `TransactionColumns`:
 * each row is parsed, checked and appended to growing typed arrays; no object per line is
 * kept. The first bad value stops the read with a `CliError` naming file, line, column and
 * value.
 *
 * Empty optional cells are "missing" (NaN / -1 in the columns); empty required cells are
 * errors. Rows whose cells are all empty (Excel leaves them) are skipped.
 *
 * @example
 * const columns = await readTransactionsCsv(createReadStream('sales.csv'), { name: 'sales.csv' });
 */
export async function readTransactionsCsv(bytes: Readable, options: ReadTransactionsOptions): Promise<TransactionColumns> {
  const { handler, finish } = transactionReader(options);
  await streamCsv(bytes, handler, { name: options.name, encoding: options.encoding, onProgress: options.onProgress });
  return finish();
}

/**
 * Reads a transactions CSV file as {@link readTransactionsCsv} does, with the same columns and
 * the same errors, faster: the file's lines are read from its bytes (`streamCsvBytes`: ids
 * dictionary-encoded from their bytes, plain decimals and ISO dates parsed from bytes, no string
 * per cell); a file the byte reader does not take (quoted fields, another delimiter or encoding)
 * is read again from the start by `readTransactionsCsv`. From `parallelFrom` bytes on, a worker
 * thread reads the second half of the file (off by default: see `PARALLEL_BYTES`).
 *
 * @example
 * const columns = await readTransactionsFile('sales.csv', { name: 'sales.csv' });
 */
export async function readTransactionsFile(path: string, options: ReadTransactionsOptions): Promise<TransactionColumns> {
  if (options.attributes === undefined) {
    const probe = openCsvFile(path, options.name);
    probe.stream.destroy();
    const size = probe.size;
    const split = size >= (options.parallelFrom ?? PARALLEL_BYTES) ? halfway(path, size) : undefined;
    const reader = transactionReader(options);
    // A large file: a worker thread starts now and, once the header is known, reads the second
    // half while this thread reads the first (lines are independent); its lines come after these.
    const worker = split === undefined ? undefined : startRangeWorker();
    let second: Promise<RangeColumns | undefined> | undefined;
    const handler: CsvRowHandler =
      worker === undefined
        ? reader.handler
        : {
            ...reader.handler,
            header(fields, line, titleLines) {
              reader.handler.header(fields, line, titleLines);
              second = worker.read({ path, start: split!, end: size, at: reader.fastColumns() });
            },
          };
    let read: boolean;
    try {
      const stream = openCsvFile(path, options.name, split).stream;
      read = await streamCsvBytes(stream, handler, reader.fastRow, { name: options.name, encoding: options.encoding, onProgress: options.onProgress });
      if (read && split === undefined) return reader.finish();
      const range = read && second !== undefined ? await second : undefined;
      const columns = range === undefined ? undefined : reader.finishWith(range);
      if (columns !== undefined) {
        options.onProgress?.(size);
        return columns;
      }
    } finally {
      worker?.stop();
    }
    // The worker's half has a line for the text reader: the byte reader again, with one thread.
    if (read) return readTransactionsFile(path, { ...options, parallelFrom: Number.POSITIVE_INFINITY });
  }
  return readTransactionsCsv(openCsvFile(path, options.name).stream, options);
}

/**
 * Reads the worksheet of an `.xlsx` export that holds the lines (see `readXlsx`: the header is found
 * under title rows, the sheet behind a cover sheet) with the same column reading as a CSV file;
 * `onSheet` is told which worksheet was read.
 *
 * @example
 * const columns = await readTransactionsXlsx(new Uint8Array(readFileSync('sales.xlsx')), { name: 'sales.xlsx' });
 */
export async function readTransactionsXlsx(bytes: Uint8Array, options: ReadTransactionsOptions & { onSheet?: (sheet: string) => void }): Promise<TransactionColumns> {
  const { handler, finish } = transactionReader(options);
  await feedWorkbook(bytes, handler, options.name, options.onSheet);
  return finish();
}

/** The row handler of a transactions file and the columns it builds. */
function transactionReader(options: ReadTransactionsOptions): RangeTarget & {
  handler: CsvRowHandler;
  finish: () => TransactionColumns;
  /** The columns with a worker's lines after these (undefined when they are for one thread: see mergeRange). */
  finishWith: (range: RangeColumns) => TransactionColumns | undefined;
  fastRow: FastRow;
  fastColumns: () => FastColumns;
} {
  const { name: file } = options;
  const builder = new TransactionColumnsBuilder(1 << 16);
  // Texts are coded here, from bytes by the byte reader and from text by the text reader, the
  // same text getting the same code in the order of first appearance (see TextCodes).
  const codes = { customers: new TextCodes(), orders: new TextCodes({ lazy: options.keepProducts === false }), products: new TextCodes(), categories: new TextCodes() };
  for (const id of options.customerIds ?? []) codes.customers.codeOf(id);
  const dates = new DateReader();
  // One options object reused for every row: the builder copies the values out.
  const optional: {
    cost: number | undefined;
    paid: number | undefined;
    quantity: number | undefined;
    orderId: string | undefined;
    productId: string | undefined;
    category: string | undefined;
  } = { cost: undefined, paid: undefined, quantity: undefined, orderId: undefined, productId: undefined, category: undefined };

  let width = 0;
  let headerWidth = 0;
  let cCustomer = 0;
  let cDate = 0;
  let cAmount = 0;
  let cCost = -1;
  let cPaid = -1;
  let cQuantity = -1;
  let cOrder = -1;
  let cProduct = -1;
  let cCategory = -1;

  // Amount, cost and paid are money (whole fen); quantity any decimal. A refused number names
  // file, line, column and why (ambiguous separator, more than two decimals …).
  const number = (fields: readonly string[], column: number, line: number, name: string, money = true): number | undefined => {
    const text = fields[column];
    if (text === undefined || text === '') return undefined;
    const reading = readNumber(text, { money });
    if (!reading.ok) {
      if (text.trim() === '') return undefined;
      throw new CliError('bad-number', { file, line, column: column + 1, name, value: text, problem: reading.problem });
    }
    return reading.value;
  };
  // Identifiers are trimmed; line breaks inside a quoted identifier are counted for line numbers.
  let breaks = 0;
  const countBreaks = (raw: string | undefined) => {
    if (raw !== undefined && raw.indexOf('\n') !== -1) breaks += raw.split('\n').length - 1;
  };
  const keepProducts = options.keepProducts ?? true;
  // Dates the fast reader does not take: the spellings import reads (2025年3月1日, 20250331), and
  // day/month-first ones in the order --date-order names; refused, never guessed, otherwise.
  const otherDay = (dateText: string, line: number): number => {
    const where = { file, line, column: cDate + 1, name: 'date', value: dateText };
    if (dateText.trim() === '') throw new CliError('missing-value', where);
    const reading = readDate(dateText, options.dateOrder);
    const day = reading.ok ? dayNumber(reading.value) : undefined;
    if (day !== undefined) return day;
    throw new CliError(!reading.ok && reading.code === 'ambiguousDate' ? 'ambiguous-date' : 'bad-date', where);
  };
  const text = (fields: readonly string[], column: number): string | undefined => {
    const raw = fields[column];
    if (raw === undefined || raw === '') return undefined;
    countBreaks(raw);
    const value = raw.trim();
    return value === '' ? undefined : value;
  };

  const known = [...requiredTransactionColumns, ...optionalTransactionColumns];
  // Attribute columns kept for `analyze`: [position, values by customer id].
  let attributeColumns: [number, Map<string, string>][] = [];

  const handler: CsvRowHandler =

    {
      isHeader: (fields) => isHeaderRow(fields, requiredTransactionColumns, 'transaction', options.overrides),
      header(fields, line, titleLines) {
        options.onHeader?.(line, titleLines);
        const at = locateColumns(fields, requiredTransactionColumns, optionalTransactionColumns, file, line, 'transaction', options.overrides);
        if (options.attributes) {
          const used = new Set<number>(Object.values(at));
          attributeColumns = [];
          fields.forEach((cell, index) => {
            const name = canonicalColumn(cell, 'transaction', options.overrides);
            if (used.has(index) || name === '' || (known as readonly string[]).includes(name) || name === 'product_name' || name === 'line_id') return;
            const values = options.attributes!.get(name) ?? new Map<string, string>();
            options.attributes!.set(name, values);
            attributeColumns.push([index, values]);
          });
        }
        cCustomer = at.customer_id;
        cDate = at.date;
        cAmount = at.amount;
        cCost = at.cost ?? -1;
        cPaid = at.paid ?? -1;
        cQuantity = at.quantity ?? -1;
        cOrder = at.order_id ?? -1;
        cProduct = at.product_id ?? -1;
        cCategory = at.category ?? -1;
        width = Math.max(cCustomer, cDate, cAmount) + 1;
        headerWidth = fields.length;
      },
      row(fields, line) {
        breaks = 0;
        if (fields.length < width) {
          if (fields.every((f) => f.trim() === '')) return 0;
          throw new CliError('too-few-fields', { file, line, count: fields.length, expected: width });
        }
        // More fields than the header: most likely an unquoted "1,000"; reading on would shift values.
        if (fields.length > headerWidth && fields.slice(headerWidth).some((f) => f.trim() !== '')) {
          throw new CliError('too-many-fields', { file, line, count: fields.length, expected: headerWidth });
        }
        const customerId = text(fields, cCustomer);
        if (customerId === undefined) {
          if (fields.every((f) => f.trim() === '')) return 0;
          throw new CliError('missing-value', { file, line, column: cCustomer + 1, name: 'customer_id' });
        }
        const dateText = fields[cDate]!;
        const day = dates.day(dateText) ?? otherDay(dateText, line);
        const amount = number(fields, cAmount, line, 'amount');
        if (amount === undefined) throw new CliError('missing-value', { file, line, column: cAmount + 1, name: 'amount' });
        optional.cost = cCost < 0 ? undefined : number(fields, cCost, line, 'cost');
        optional.paid = cPaid < 0 ? undefined : number(fields, cPaid, line, 'paid');
        optional.quantity = cQuantity < 0 ? undefined : number(fields, cQuantity, line, 'quantity', false);
        optional.orderId = cOrder < 0 ? undefined : text(fields, cOrder);
        if (keepProducts) {
          optional.productId = cProduct < 0 ? undefined : text(fields, cProduct);
          optional.category = cCategory < 0 ? undefined : text(fields, cCategory);
        } else {
          // Not kept, but their line breaks still count for line numbers.
          if (cProduct >= 0) countBreaks(fields[cProduct]);
          if (cCategory >= 0) countBreaks(fields[cCategory]);
        }
        for (const [index, values] of attributeColumns) {
          const value = fields[index]?.trim();
          if (value) values.set(customerId, value);
        }
        const code = (texts: TextCodes, value: string | undefined) => (value === undefined ? -1 : texts.codeOf(value));
        builder.pushCodes(
          codes.customers.codeOf(customerId),
          day,
          amount,
          optional.cost ?? Number.NaN,
          optional.paid ?? Number.NaN,
          optional.quantity ?? Number.NaN,
          code(codes.orders, optional.orderId),
          code(codes.products, optional.productId),
          code(codes.categories, optional.category),
        );
        return breaks;
      },
    };


  // The same reading straight from the bytes of a line (see fastTransactionRow), for files the
  // byte reader takes; a row it does not take is read from its fields by `handler.row`.
  let fast: FastRow | undefined;
  const fastColumns = (): FastColumns => ({
    width: headerWidth,
    customer: cCustomer,
    date: cDate,
    amount: cAmount,
    cost: cCost,
    paid: cPaid,
    quantity: cQuantity,
    order: cOrder,
    product: keepProducts ? cProduct : -1,
    category: keepProducts ? cCategory : -1,
  });
  const fastRow: FastRow = (bytes, start, end) => {
    if (attributeColumns.length > 0) return false;
    fast ??= fastTransactionRow(builder, codes, dates, fastColumns());
    return fast(bytes, start, end);
  };

  const finish = (columns = builder.finish()): TransactionColumns => {
    return {
      ...columns,
      customerIds: codes.customers.values,
      ...(columns.order ? { orderIds: codes.orders.values } : {}),
      ...(columns.product ? { productIds: codes.products.values } : {}),
      ...(columns.category ? { categories: codes.categories.values } : {}),
    };
  };
  const finishWith = (range: RangeColumns): TransactionColumns | undefined =>
    mergeRange(range, { codes, dates }) ? finish(appendRange(builder.finish(), range)) : undefined;
  return { handler, finish: () => finish(), finishWith, fastRow, fastColumns, codes, dates };
}
