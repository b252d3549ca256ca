import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCodePoints } from '../index.js';
import { pinyinSortKey, pinyinSortKeyHead } from './pinyin-initials.js';

const byKey = (a: string, b: string) => compareCodePoints(pinyinSortKey(a), pinyinSortKey(b));

describe('pinyinSortKey', () => {
  it("orders the issue's names by pinyin, digits first and Latin names after the Chinese", () => {
    const names = ['上海一中', '万科', '三一重工', '中兴通讯', '丹东港', '鲁花集团', '黄河水利', '黎明化工', '齐鲁制药', '龙湖地产', 'Adams - Stiedemann', '3M 中国'];
    // dan < huang < li < long < lu < qi < san < shang < wan < zhong, worked out by hand from the readings.
    expect([...names].sort(byKey)).toEqual([
      '3M 中国',
      '丹东港',
      '黄河水利',
      '黎明化工',
      '龙湖地产',
      '鲁花集团',
      '齐鲁制药',
      '三一重工',
      '上海一中',
      '万科',
      '中兴通讯',
      'Adams - Stiedemann',
    ]);
  });

  it('ignores case and full-width forms, so one name is one key', () => {
    expect(pinyinSortKey('ＡＢＣ公司')).toBe(pinyinSortKey('abc公司'));
    expect(pinyinSortKey('Adams')).toBe(pinyinSortKey('adams'));
    // A combining accent after ASCII composes under NFKC: the same key as the composed letter.
    expect(pinyinSortKey('Cafe\u0301')).toBe(pinyinSortKey('Café'));
    expect(pinyinSortKey('Café')).not.toBe(pinyinSortKey('Cafe'));
  });

  it('agrees with Intl.Collator("zh-CN-u-co-pinyin") on any two names', () => {
    const collator = new Intl.Collator('zh-CN-u-co-pinyin');
    const alphabet = [...'阿北长重丹东港华黄黎龙鲁齐三上万中兴科技有限公司银行厦门广州市实验学abcxyz0129 -'];
    const name = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const expected = Math.sign(collator.compare(a, b));
        const actual = Math.sign(byKey(a, b));
        // The collation may call two different strings equal at every level it checks; the key then still orders them.
        if (expected !== 0) expect(actual, `${a} / ${b}`).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows the first code unit of a key that starts with a Han character, without making the key', () => {
    // 北 (bei) sorts before 丹 (dan) before 中 (zhong): their heads are in that order and equal the keys' first units.
    const heads = ['北京', '丹东港', '中兴通讯'].map((n) => pinyinSortKeyHead(n)!);
    expect(heads).toEqual(['北京', '丹东港', '中兴通讯'].map((n) => pinyinSortKey(n).charCodeAt(0)));
    expect(heads[0]! < heads[1]! && heads[1]! < heads[2]!).toBe(true);
    // Latin, digits, spaces and full-width forms first: no head, the key must be made.
    for (const name of ['Adams', '3M 中国', ' 北京', 'ＡＢＣ公司', '']) expect(pinyinSortKeyHead(name), name).toBeUndefined();
  });

  it('has the head of any name starting with a Han character equal to its key\'s first unit', () => {
    const han = fc.integer({ min: 0x3400, max: 0x9fff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(han, fc.string({ maxLength: 4 }), (first, rest) => {
        const head = pinyinSortKeyHead(first + rest);
        if (head !== undefined) expect(head).toBe(pinyinSortKey(first + rest).charCodeAt(0));
      }),
      { numRuns: 2000 },
    );
  });

  it('keys a name of Han characters and ASCII by code units exactly as through NFKC', () => {
    // A trailing middle dot (U+00B7: its own normal form, composes with nothing) sends a name the general way.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x3400, max: 0x9fff })).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const name = units.join('');
        expect(pinyinSortKey(`${name}\u00b7`)).toBe(`${pinyinSortKey(name)}\u00b7`);
      }),
      { numRuns: 3000 },
    );
  });
});
