import { describe, expect, it } from 'vitest';
import { ByteDictionary, TextCodes } from './byte-dictionary.js';

describe('TextCodes', () => {
  it('gives one code per trimmed text, in order of first appearance, from bytes or text', () => {
    const codes = new TextCodes();
    const bytes = Buffer.from(' K1 ,K1,\u3000客户甲,客户甲 ,K2,   ,K1');
    // Field boundaries of the bytes above, found by hand: ' K1 ' 0-4, 'K1' 5-7, '\u3000客户甲' 8-20,
    // '客户甲 ' 21-31, 'K2' 32-34, '   ' 35-38, 'K1' 39-41.
    expect(codes.code(bytes, 0, 4)).toBe(0);
    expect(codes.code(bytes, 5, 7)).toBe(0);
    expect(codes.code(bytes, 8, 20)).toBe(1);
    expect(codes.code(bytes, 21, 31)).toBe(1);
    expect(codes.code(bytes, 32, 34)).toBe(2);
    expect(codes.code(bytes, 35, 38)).toBe(-1);
    expect(codes.code(bytes, 39, 41)).toBe(0);
    expect(codes.codeOf('客户甲')).toBe(1);
    expect(codes.codeOf(' K3\t')).toBe(3);
    expect(codes.codeOf('')).toBe(-1);
    expect(codes.values).toEqual(['K1', '客户甲', 'K2', 'K3']);
  });

  it('keeps 200,000 distinct keys apart through its table growing', () => {
    const dictionary = new ByteDictionary((bytes, start, end) => bytes.toString('latin1', start, end));
    const keys = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `SO${String(i).padStart(8, '0')}`).join(''));
    const wrong: number[] = [];
    for (let i = 0; i < 200_000; i++) if (dictionary.get(keys, i * 10, i * 10 + 10) !== `SO${String(i).padStart(8, '0')}`) wrong.push(i);
    expect(wrong).toEqual([]);
    expect(dictionary.size).toBe(200_000);
    expect(dictionary.get(keys, 10 * 12_345, 10 * 12_346)).toBe('SO00012345');
    expect(dictionary.size).toBe(200_000);
  });
});
