import { describe, expect, it } from 'vitest';
import { createTextDecoder, decodeText, detectEncoding, TextEncodingError } from './decode.js';
import { readCsv } from './read-csv.js';

// 𠮷野家 in GB18030 (𠮷 is a four-byte sequence, U+20BB7): 95 34 B2 35 | 野 D2B0 | 家 BCD2.
const yoshinoya = [0x95, 0x34, 0xb2, 0x35, 0xd2, 0xb0, 0xbc, 0xd2];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const utf16le = (text: string) => [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
const utf16be = (text: string) => [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];

describe('one decoder for the command line and the page', () => {
  it('reads GB18030 four-byte characters, whether asked for gbk, gb18030 or auto', () => {
    const bytes = new Uint8Array([...ascii('name\r\n'), ...yoshinoya, ...ascii('\r\n')]);
    for (const encoding of ['auto', 'gbk', 'gb18030'] as const) {
      expect(decodeText(bytes, encoding)).toEqual({ text: 'name\r\n𠮷野家\r\n', encoding: 'gb18030' });
    }
    expect(readCsv(bytes).rows[0]!.cells).toEqual(['𠮷野家']);
  });

  it('follows a BOM: UTF-8, UTF-16 LE and BE', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('a,b')]))).toEqual({ text: 'a,b', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(utf16le('客户,金额')))).toEqual({ text: '客户,金额', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(utf16be('客户,金额')))).toEqual({ text: '客户,金额', encoding: 'utf-16be' });
    expect(detectEncoding(new Uint8Array(ascii('plain')))).toBe('utf-8');
  });

  it('streams: a character cut between chunks is joined, the encoding is settled on the first chunk', () => {
    // 客户 in GBK: 客 BFCD 户 BBA7.
    const bytes = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x0a, ...yoshinoya]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const decoder = createTextDecoder('auto');
      const text = decoder.decode(bytes.subarray(0, cut)) + decoder.decode(bytes.subarray(cut)) + decoder.end();
      expect(text, `cut at ${cut}`).toBe('客户\n𠮷野家');
    }
    const utf8 = new TextEncoder().encode('客户编号\n王芳\n');
    for (let cut = 1; cut < utf8.length; cut++) {
      const decoder = createTextDecoder('auto');
      expect(decoder.decode(utf8.subarray(0, cut)) + decoder.decode(utf8.subarray(cut)) + decoder.end()).toBe('客户编号\n王芳\n');
      expect(decoder.encoding).toBe('utf-8');
    }
  });

  it('a file taken for UTF-8 whose later chunk is not UTF-8 stops with TextEncodingError, never U+FFFD', () => {
    const decoder = createTextDecoder('auto');
    expect(decoder.decode(new TextEncoder().encode('客户,金额\n'))).toBe('客户,金额\n');
    expect(() => decoder.decode(new Uint8Array(yoshinoya))).toThrow(TextEncodingError);
  });
});
