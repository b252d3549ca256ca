import { describe, expect, it } from 'vitest';
import { copyRow, copyText } from './pg-copy.js';

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
});
