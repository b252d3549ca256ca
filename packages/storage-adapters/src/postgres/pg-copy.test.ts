import { describe, expect, it } from 'vitest';
import { CopyRows, copyJson, copyRow, copyText } from './pg-copy.js';

describe("COPY's text format", () => {
  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyText('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyText('客户 "x" / y')).toBe('客户 "x" / y');
  });

  it('writes NULL as \\N, and the text \\N so that it is not read as NULL', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText(Number.NaN)).toBe('\\N');
    expect(copyText('\\N')).toBe('\\\\N');
  });

  it('writes booleans as t/f and numbers as their shortest text', () => {
    expect(copyText(true)).toBe('t');
    expect(copyText(false)).toBe('f');
    expect(copyText(0.1)).toBe('0.1');
    expect(copyText(1e-7)).toBe('1e-7');
  });

  it('joins a row with tabs and ends it with a newline', () => {
    expect(copyRow(['a', 1, null, 'x\ty'])).toBe('a\t1\t\\N\tx\\ty\n');
  });

  it('writes JSON text as copyText would, escaping only its backslashes', () => {
    const json = JSON.stringify({ a: 'x\ty\nz\r', b: 'back\\slash', c: '"客户"' });
    expect(json).toBe('{"a":"x\\ty\\nz\\r","b":"back\\\\slash","c":"\\"客户\\""}');
    expect(copyJson(json)).toBe('{"a":"x\\\\ty\\\\nz\\\\r","b":"back\\\\\\\\slash","c":"\\\\"客户\\\\""}');
    expect(copyJson(json)).toBe(copyText(json));
    expect(copyJson('{"a":1}')).toBe('{"a":1}');
  });

  it('encodes rows into UTF-8 buffers of the given size, a longer row in a buffer of its own', () => {
    const rows = new CopyRows(8);
    rows.push('a\t客\n'); // 1 + 1 + 3 + 1 = 6 bytes; at most 12 may not fit in 8: a buffer of its own
    rows.push('b\n'); // at most 6 bytes: a fresh 8-byte buffer
    rows.push('c\n'); // 2 + 2 <= 8: the same buffer
    rows.push('𠀀\n'); // a surrogate pair (4 bytes) and a newline
    const buffers = rows.finish();
    expect(buffers.map((b) => [...b])).toEqual([
      [0x61, 0x09, 0xe5, 0xae, 0xa2, 0x0a],
      [0x62, 0x0a, 0x63, 0x0a],
      [0xf0, 0xa0, 0x80, 0x80, 0x0a],
    ]);
    expect(rows.finish()).toEqual([]);
  });
});
