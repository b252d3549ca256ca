import { isTransactionColumns, TransactionColumnsBuilder, type TransactionColumns, type TransactionLineInput } from '../book/columns.js';
import { dayNumber } from '../book/calendar.js';
import { AnalyticsError } from './errors.js';

/** A transaction book in either form: objects for small books, columns for big ones. */
export type Book = TransactionColumns | readonly TransactionLineInput[];

/**
 * The book as columns. Columns pass through untouched (nothing is copied, no object per
 * line); lines are encoded once, in their order. Amounts must be whole fen (a `BookError`
 * names the line otherwise); sums are exact, so both forms give identical results.
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
    builder.add(line);
  });
  return builder.finish();
}

/**
 * The customers an analysis counts: every customer of the book's dictionary (which includes
 * customers registered without transactions) followed by the `extra` ids not already there.
 * A line's customer index is its population index. `extraIndex` maps each extra id to its
 * index; the dictionary itself is not put in a Map (1 M ids would cost a second), it is
 * scanned once against the (small) set of extras.
 *
 * @example
 * population(columns, ['c9']).ids // [...columns.customerIds, 'c9']
 */
export function population(columns: TransactionColumns, extra?: Iterable<string>): { ids: readonly string[]; extraIndex: Map<string, number> } {
  const extraIndex = new Map<string, number>();
  if (extra !== undefined) for (const id of extra) extraIndex.set(id, -1);
  if (extraIndex.size === 0) return { ids: columns.customerIds, extraIndex };
  const ids = columns.customerIds.slice();
  for (let c = 0; c < ids.length; c++) if (extraIndex.has(ids[c]!)) extraIndex.set(ids[c]!, c);
  for (const [id, index] of extraIndex) {
    if (index === -1) {
      extraIndex.set(id, ids.length);
      ids.push(id);
    }
  }
  return { ids, extraIndex };
}

/**
 * Counts distinct keys per group without a comparison sort: lines are bucketed by group
 * (counting sort), then each bucket is scanned with a stamp per key. O(n + groups + keys).
 * `groupOf[i]` is the line's group or -1 to skip it; `keyOf[i]` its key in `0 … keys − 1`
 * or -1 (not counted).
 *
 * @example
 * distinctPerGroup(Int32Array.of(0, 0, 1), Int32Array.of(5, 5, 5), 2, 6) // Int32Array [1, 1]
 */
export function distinctPerGroup(groupOf: Int32Array, keyOf: Int32Array, groups: number, keys: number): Int32Array {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0 && keyOf[i]! >= 0) start[groupOf[i]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const bucket = new Int32Array(start[groups]!);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0 && keyOf[i]! >= 0) bucket[fill[groupOf[i]!]!++] = keyOf[i]!;
  const stamp = new Int32Array(keys).fill(-1);
  const distinct = new Int32Array(groups);
  for (let g = 0; g < groups; g++) {
    for (let k = start[g]!; k < start[g + 1]!; k++) {
      const key = bucket[k]!;
      if (stamp[key] !== g) {
        stamp[key] = g;
        distinct[g]!++;
      }
    }
  }
  return distinct;
}
