import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, MAX_LINE_CHARS, parseCsv, readCsv, readCsvStream } from './read-csv.js';

const encoder = new TextEncoder();

/** A stream of `chunks` chunks of `size` bytes made by `make`, counting how many were pulled. */
function counted(make: (n: number) => Uint8Array, chunks: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let n = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (n === chunks) controller.close();
      else controller.enqueue(make(n++));
    },
  });
  return { stream, pulled: () => n };
}

describe('readCsvStream', () => {
  it('refuses a 50 MB file on one line after reading just past the limit, naming the line, in the locale', async () => {
    const mb = encoder.encode('x,'.repeat(512 * 1024)); // 1 MB, no line break
    const { stream, pulled } = counted(() => mb, 50);
    const table = await readCsvStream(stream, { locale: 'zh-CN' });
    expect(table.headers).toEqual([]);
    expect(table.issues).toEqual([expect.objectContaining({ code: 'lineTooLong', line: 1 })]);
    expect(table.issues[0]!.reason).toContain(`第 1 行超过 ${MAX_LINE_CHARS} 个字符`);
    // the limit is 1,000,000 characters: the second megabyte crosses it, the other 48 are never read
    expect(pulled()).toBeLessThanOrEqual(3);
  });

  it('names the line that is too long further down, CRLF cut between chunks counted once', async () => {
    const chunks = [encoder.encode('a,b\r'), encoder.encode('\n1,2\r\n'), encoder.encode(`3,${'y'.repeat(50)}\n`)];
    const table = await readCsvStream(counted((n) => chunks[n]!, 3).stream, { maxLineChars: 20 });
    expect(table.issues).toEqual([expect.objectContaining({ code: 'lineTooLong', line: 3 })]);
  });

  it('reads an ordinary file exactly as readCsv does, whatever the chunking', async () => {
    const text = '\uFEFF客户编号,日期,金额\r\nC1,2025-03-01,100\nC2,"多行\r\n备注",200\rC3,2025-03-03,300\r\n';
    const bytes = encoder.encode(text);
    for (const size of [1, 2, 3, 7, 64]) {
      const table = await readCsvStream(counted((n) => bytes.subarray(n * size, (n + 1) * size), Math.ceil(bytes.length / size)).stream);
      expect(table, `chunks of ${size}`).toEqual(readCsv(bytes));
    }
  });

  it('refuses a header with more columns than a sheet is imported with', () => {
    const table = parseCsv(`${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')}\n`, { locale: 'en' });
    expect(table.issues).toEqual([expect.objectContaining({ code: 'tooManyColumns', line: 1 })]);
    expect(table.headers).toEqual([]);
  });
});
