import { isTransactionColumns, TransactionColumnsBuilder, type TransactionColumns, type TransactionLine } from '../book/columns.js';
import { dayNumber } from '../book/calendar.js';
import { AnalyticsError } from './errors.js';

/** A transaction book in either form: objects for small books, columns for big ones. */
export type Book = TransactionColumns | readonly TransactionLine[];

/**
 * The book as columns. Columns pass through untouched (nothing is copied, no object per
 * line); lines are encoded once, in their order, so that both forms sum in the same order
 * and give identical results.
 *
 * @example
 * asColumns([{ customerId: 'c1', date: '2025-01-02', amount: 5 }]).length // 1
 */
export function asColumns(book: Book): TransactionColumns {
  if (isTransactionColumns(book)) return book;
  const builder = new TransactionColumnsBuilder(book.length);
  book.forEach((line, index) => {
    const day = dayNumber(line.date);
    if (day === undefined) throw new AnalyticsError('analytics.bad-date', { option: `book[${index}].date`, value: String(line.date) });
    builder.push(line.customerId, day, line.amount, line);
  });
  return builder.finish();
}

/**
 * The customers an analysis counts: every customer of the book's dictionary (which includes
 * customers registered without transactions) followed by `extra` ids not already there.
 * Returns the ids and the customer index of each id (book indexes first, so a line's
 * customer index is its population index).
 *
 * @example
 * population(columns, ['c9']).ids // [...columns.customerIds, 'c9']
 */
export function population(columns: TransactionColumns, extra?: Iterable<string>): { ids: readonly string[]; indexOf: Map<string, number> } {
  const ids = columns.customerIds.slice();
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.set(id, index));
  if (extra !== undefined) {
    for (const id of extra) {
      if (!indexOf.has(id)) {
        indexOf.set(id, ids.length);
        ids.push(id);
      }
    }
  }
  return { ids, indexOf };
}
