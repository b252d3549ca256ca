import { isoDate } from '../book/calendar.js';
import type { TransactionColumns } from '../book/columns.js';

/**
 * The header of the sample book's CSV form.
 *
 * @example
 * TRANSACTION_CSV_HEADER.split(',') // ['customer_id', 'date', …]
 */
export const TRANSACTION_CSV_HEADER = 'customer_id,date,amount,cost,order_id,product_id,category,quantity,paid';

/** Options of `transactionCsvChunks`. */
export interface TransactionCsvOptions {
  /** Lines per yielded chunk; default 20,000 (about 1 MB of text). */
  linesPerChunk?: number | undefined;
}

/** A CSV field: quoted only when it has to be (RFC 4180). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const number = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '' : String(value));

/**
 * Writes a transaction book as CSV text in chunks (`customer_id,date,amount,cost,order_id,
 * product_id,category,quantity,paid`, header first, `\n` line ends), so that a caller with a
 * file or a stream writes a book of ten million lines without holding its text. Missing values
 * are empty fields. No I/O here: the caller writes the chunks.
 *
 * @example
 * const book = generateTransactionColumns({ seed: 1, customers: 10, asOf: '2026-01-01' });
 * for await (const chunk of transactionCsvChunks(book)) process.stdout.write(chunk);
 */
export async function* transactionCsvChunks(
  book: TransactionColumns,
  options: TransactionCsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const linesPerChunk = Math.max(1, options.linesPerChunk ?? 20_000);
  // Text of every dictionary entry and every date, made once, not once per line.
  const customers = book.customerIds.map(field);
  const orders = book.orderIds?.map(field);
  const products = book.productIds?.map(field);
  const categories = book.categories?.map(field);
  const dates = new Map<number, string>();
  const dateText = (day: number): string => {
    let text = dates.get(day);
    if (text === undefined) {
      text = isoDate(day);
      dates.set(day, text);
    }
    return text;
  };
  const pick = (dictionary: readonly string[] | undefined, index: Int32Array | undefined, i: number): string => {
    const k = index?.[i] ?? -1;
    return k < 0 ? '' : (dictionary?.[k] ?? '');
  };

  yield `${TRANSACTION_CSV_HEADER}\n`;
  let chunk: string[] = [];
  for (let i = 0; i < book.length; i++) {
    chunk.push(
      `${customers[book.customer[i] ?? 0] ?? ''},${dateText(book.day[i] ?? 0)},${number(book.amount[i])},${number(book.cost?.[i])},` +
        `${pick(orders, book.order, i)},${pick(products, book.product, i)},${pick(categories, book.category, i)},` +
        `${number(book.quantity?.[i])},${number(book.paid?.[i])}\n`,
    );
    if (chunk.length === linesPerChunk) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}
