import { createReadStream } from 'node:fs';
import { LocalizedError } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import { generateTransactionColumns, Random, transactionCsvChunks } from '@dossier/core/sample';
import { describe, expect, it } from 'vitest';
import { workspace } from '../testing-fixtures/harness.js';
import { streamCsvBytes } from './byte-csv.js';
import { moneyFromBytes, plainFromBytes } from './fast-row.js';
import { readTransactionsCsv, readTransactionsFile } from './read-transactions.js';

// The byte reader must give what the text reader (papaparse, readNumber, DateReader) gives:
// the same columns, or the same error with the same line, column and value.

type Outcome = { columns: TransactionColumns } | { error: string };

async function outcome(read: () => Promise<TransactionColumns>): Promise<Outcome> {
  try {
    return { columns: await read() };
  } catch (error) {
    if (error instanceof LocalizedError) return { error: `${error.code}: ${error.messageIn('en')} / ${error.messageIn('zh-CN')}` };
    throw error;
  }
}

async function both(content: string | Buffer, keepProducts = false): Promise<[Outcome, Outcome]> {
  const path = workspace().file('lines.csv', content);
  const options = { name: 'lines.csv', keepProducts };
  const bytes = await outcome(() => readTransactionsFile(path, options));
  const text = await outcome(() => readTransactionsCsv(createReadStream(path), options));
  return [bytes, text];
}

describe('readTransactionsFile (the byte reader)', () => {
  it('reads the sample book through the byte path to the very columns the text reader builds', async () => {
    const book = generateTransactionColumns({ seed: 3, customers: 300, transactions: 5000, asOf: '2026-01-01' });
    let csv = '';
    for await (const chunk of transactionCsvChunks(book)) csv += chunk;
    const path = workspace().file('book.csv', csv);
    // The byte path takes this file (it does not fall back to the text reader).
    const rows: number[] = [];
    const taken = await streamCsvBytes(createReadStream(path), { header: () => {}, row: (_, line) => void rows.push(line) }, () => true, { name: 'book.csv' });
    expect(taken).toBe(true);
    expect(rows).toEqual([]);
    for (const keepProducts of [false, true]) {
      const [bytes, text] = await both(csv, keepProducts);
      expect('columns' in bytes).toBe(true);
      expect(bytes).toEqual(text);
    }
    const [bytes] = await both(csv, true);
    const columns = (bytes as { columns: TransactionColumns }).columns;
    expect(columns.length).toBe(5000);
    expect(columns.customerIds).toEqual(book.customerIds.filter((_, i) => book.customer.includes(i)));
    expect(Array.from(columns.amount)).toEqual(Array.from(book.amount));
  });

  it('gives the same columns or the same error as the text reader on 200 messy files', { timeout: 120_000 }, async () => {
    const random = new Random(20261207);
    const pick = <T,>(values: readonly T[]): T => values[Math.floor(random.next() * values.length)]!;
    const ids = ['K001', ' K002 ', 'K 003', '客户甲', '\u3000K004', 'K005\t', '', '   '];
    const dates = ['2025-03-31', '2025/3/1', '2025-02-30', '2025-1-5', '20250331', '2025年3月1日', '', '2025-03-31 10:00', '0000-01-01'];
    const amounts = ['100', '-30', '12.5', '12.34', '12.345', '0', '-0', '-0.00', '1e3', '1,000', '(12.00)', '￥12', '', '007', '1.', '.5', '99999999999999.99', '9999999999999.99'];
    const quantities = ['', '3', '2.5', '-1', 'x', '0.000001', '1234567890123456'];
    const ends = ['\n', '\r\n'];
    for (let file = 0; file < 200; file++) {
      const header = pick([
        'customer_id,date,amount',
        'customer_id,date,amount,cost,order_id,quantity',
        'date,amount,customer_id,category,product_id',
        '客户编码,单据日期,价税合计',
        'customer_id;date;amount',
      ]);
      const width = header.split(/[,;]/).length;
      const delimiter = header.includes(';') ? ';' : ',';
      const end = pick(ends);
      const lines = random.next() < 0.2 ? ['销售明细表', header] : [header];
      const count = 1 + Math.floor(random.next() * 20);
      for (let k = 0; k < count; k++) {
        const roll = random.next();
        // Mostly good lines, a few bad ones, blank ones and ones of the wrong width.
        const good = roll < 0.7;
        const cells = Array.from({ length: width }, (_, c) => {
          const name = header.split(delimiter)[c]!;
          if (name.includes('date') || name === '单据日期') return good ? '2025-03-31' : pick(dates);
          if (name.includes('amount') || name === '价税合计' || name === 'cost') return good ? pick(['100', '12.34', '-3']) : pick(amounts);
          if (name === 'quantity') return pick(quantities);
          if (name.includes('customer') || name === '客户编码') return good ? pick(['K001', 'K002', '客户甲']) : pick(ids);
          return pick(['O1', '', ' P2 ', '劳保用品']);
        });
        if (roll > 0.97) lines.push('');
        else if (roll > 0.95) lines.push(cells.slice(0, 1).join(delimiter));
        else if (roll > 0.93) lines.push([...cells, 'extra'].join(delimiter));
        else if (roll > 0.91) lines.push([...cells, ''].join(delimiter));
        else if (roll > 0.9) lines.push(cells.map(() => '').join(delimiter));
        else lines.push(cells.join(delimiter));
      }
      let content = lines.join(end) + (random.next() < 0.5 ? end : '');
      if (random.next() < 0.2) content = `\ufeff${content}`;
      const [bytes, text] = await both(content);
      expect(bytes, content).toEqual(text);
    }
  });

  it('gives every line whole whatever the chunks of the stream cut (7-byte chunks, CRLF, no last line end)', async () => {
    // More than the 11 lines read before the delimiter is known, so that later chunks cut lines too.
    const data = Array.from({ length: 20 }, (_, k) => `K${k},2025-01-${String(k + 1).padStart(2, '0')},${k}.5`);
    const lines = ['customer_id,date,amount', ...data.slice(0, 12), '', '客户甲,2025-01-02,2.5', ...data.slice(12)];
    const path = workspace().file('cut.csv', `\ufeff${lines.join('\r\n')}`);
    const seen: string[] = [];
    const fast = (bytes: Buffer, start: number, end: number) => {
      const text = bytes.toString('utf8', start, end);
      seen.push(text);
      return !text.startsWith('客户甲'); // declined: read from its fields
    };
    const rows: string[] = [];
    const taken = await streamCsvBytes(
      createReadStream(path, { highWaterMark: 7 }),
      { header: (fields, line) => rows.push(`header ${line}: ${fields.join('|')}`), row: (fields, line) => void rows.push(`${line}: ${fields.join('|')}`) },
      fast,
      { name: 'cut.csv' },
    );
    expect(taken).toBe(true);
    expect(seen).toEqual([...data.slice(0, 12), '客户甲,2025-01-02,2.5', ...data.slice(12)]);
    // Line 1 the header, 2–13 data, 14 empty, 15 the declined line.
    expect(rows).toEqual(['header 1: customer_id|date|amount', '15: 客户甲|2025-01-02|2.5']);
  });

  it('reads files it cannot take from bytes (quotes, lone CR, GB18030, not UTF-8 later) with the text reader', async () => {
    const cases: (string | Buffer)[] = [
      'customer_id,date,amount\n"K,1",2025-01-01,"1,000.50"\nK2,2025-01-02,3\n',
      'customer_id,date,amount\rK1,2025-01-01,1\rK2,2025-01-02,2\r',
      Buffer.concat([Buffer.from('customer_id,date,amount\n'), Buffer.from([0xbf, 0xcd, 0xbb, 0xa7]), Buffer.from(',2025-01-01,1\n')]),
      '',
      '\n\n',
      'customer_id,date,amount\nK1,2025-01-01,"1\n',
    ];
    for (const content of cases) {
      const [bytes, text] = await both(content);
      expect(bytes).toEqual(text);
    }
  });
});

describe('numbers from bytes', () => {
  const money = (text: string) => moneyFromBytes(Buffer.from(text), 0, text.length);
  const plain = (text: string) => plainFromBytes(Buffer.from(text), 0, text.length);
  it('reads money as Number reads the decimal, whole fen only', () => {
    expect(money('868.53')).toBe(868.53);
    expect(money('-12.30')).toBe(-12.3);
    expect(money('0.07')).toBe(0.07);
    expect(money('9999999999999.99')).toBe(9999999999999.99);
    expect(Object.is(money('-0.00'), 0)).toBe(true);
    for (const refused of ['12.345', '1.', '.5', '+1', '1,000', '', '-', '1e3', '99999999999999']) expect(money(refused)).toBeNaN();
  });
  it('reads plain decimals as Number does', () => {
    expect(plain('35')).toBe(35);
    expect(plain('-2.5')).toBe(-2.5);
    expect(plain('0.000001')).toBe(0.000001);
    expect(Object.is(plain('-0'), 0)).toBe(true);
    for (const refused of ['1234567890123456', '1.', 'x', '']) expect(plain(refused)).toBeNaN();
  });
});
