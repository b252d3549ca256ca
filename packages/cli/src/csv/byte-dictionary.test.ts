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

  it('lazy: the same codes as eager coding, texts made only when read', () => {
    const eager = new TextCodes();
    const lazy = new TextCodes({ lazy: true });
    // Fields: 'SO1' 0-3, ' SO2' 4-8 (trimmed: made as text), 'SO1' 9-12, '单1' 13-17 (not ASCII
    // at its start: made as text), 'A订' 18-22 (ASCII at both ends but for its last byte: made),
    // 'X单Y' 23-28 (ASCII at both ends: kept as bytes), 'SO2' 29-32.
    const bytes = Buffer.from('SO1, SO2,SO1,单1,A订,X单Y,SO2');
    const fields = [[0, 3], [4, 8], [9, 12], [13, 17], [18, 22], [23, 28], [29, 32]] as const;
    for (const [start, end] of fields) expect(lazy.code(bytes, start, end)).toBe(eager.code(bytes, start, end));
    expect(lazy.codeOf('SO3')).toBe(5);
    const values = lazy.values;
    expect(values.length).toBe(6);
    expect(values[0]).toBe('SO1');
    expect(values[4]).toBe('X单Y');
    expect(Array.isArray(values)).toBe(true);
    expect(values.map((v) => v)).toEqual(['SO1', 'SO2', '单1', 'A订', 'X单Y', 'SO3']);
    expect([...values]).toEqual(eager.values.concat('SO3'));
    expect(Object.values(values)).toEqual(['SO1', 'SO2', '单1', 'A订', 'X单Y', 'SO3']);
    expect(JSON.stringify(values)).toBe('["SO1","SO2","单1","A订","X单Y","SO3"]');
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
