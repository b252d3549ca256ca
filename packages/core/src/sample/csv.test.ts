import { describe, expect, it } from 'vitest';
import { toTransactionColumns } from '../book/columns.js';
import { generateTransactionColumns } from './columns.js';
import { TRANSACTION_CSV_HEADER, transactionCsvChunks } from './csv.js';

async function text(chunks: AsyncIterable<string>): Promise<{ text: string; count: number }> {
  let all = '';
  let count = 0;
  for await (const chunk of chunks) {
    all += chunk;
    count++;
  }
  return { text: all, count };
}

describe('transactionCsvChunks', () => {
  it('writes the header and one line per transaction, in chunks', async () => {
    const book = generateTransactionColumns({ seed: 3, customers: 50, transactions: 250, asOf: '2026-01-01' });
    const { text: csv, count } = await text(transactionCsvChunks(book, { linesPerChunk: 100 }));
    const lines = csv.split('\n');
    expect(lines[0]).toBe(TRANSACTION_CSV_HEADER);
    expect(lines.at(-1)).toBe(''); // ends with a newline
    expect(lines).toHaveLength(1 + 250 + 1);
    // Header chunk + 100 + 100 + 50 lines.
    expect(count).toBe(4);
  });

  it('reads back as the same book (same seed → byte-identical text)', async () => {
    const book = generateTransactionColumns({ seed: 9, customers: 40, asOf: '2026-01-01' });
    const { text: csv } = await text(transactionCsvChunks(book));
    const { text: again } = await text(transactionCsvChunks(generateTransactionColumns({ seed: 9, customers: 40, asOf: '2026-01-01' })));
    expect(again).toBe(csv);
    const rows = csv.trimEnd().split('\n').slice(1).map((line) => line.split(','));
    const number = (value: string | undefined): number | undefined => (value === undefined || value === '' ? undefined : Number(value));
    const back = toTransactionColumns(
      rows.map(([customerId, date, amount, cost, orderId, productId, category, quantity, paid]) => ({
        customerId: customerId ?? '',
        date: date ?? '',
        amount: Number(amount),
        cost: number(cost),
        orderId,
        productId,
        category,
        quantity: number(quantity),
        paid: number(paid),
      })),
    );
    expect(back.length).toBe(book.length);
    for (let i = 0; i < book.length; i++) {
      expect(back.customerIds[back.customer[i] ?? -1]).toBe(book.customerIds[book.customer[i] ?? -1]);
      expect(back.day[i]).toBe(book.day[i]);
      expect(back.amount[i]).toBe(book.amount[i]);
      expect(back.paid?.[i]).toBe(book.paid?.[i]);
      expect(back.quantity?.[i]).toBe(book.quantity?.[i]);
      expect(Object.is(back.cost?.[i], book.cost?.[i])).toBe(true); // NaN for returns on both sides
      expect(back.orderIds?.[back.order?.[i] ?? -1]).toBe(book.orderIds?.[book.order?.[i] ?? -1]);
      expect(back.categories?.[back.category?.[i] ?? -1]).toBe(book.categories?.[book.category?.[i] ?? -1]);
    }
  });

  it('quotes fields that hold commas or quotes and leaves missing values empty', async () => {
    const book = toTransactionColumns([
      { customerId: 'ACME, Inc.', date: '2025-03-01', amount: 12.5 },
      { customerId: 'say "hi"', date: '2025-03-02', amount: -3, quantity: -1, category: '饮料' },
    ]);
    const { text: csv } = await text(transactionCsvChunks(book));
    expect(csv.split('\n').slice(1, 3)).toEqual(['"ACME, Inc.",2025-03-01,12.5,,,,,,', '"say ""hi""",2025-03-02,-3,,,,饮料,-1,']);
  });
});
