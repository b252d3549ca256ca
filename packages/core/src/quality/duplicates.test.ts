import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDuplicateReason, duplicateReasons, findDuplicates } from './duplicates.js';
import { normaliseName, normalisePhone, pinyinKey } from './normalise.js';

describe('normalisation', () => {
  it('folds full-width characters and drops legal-form suffixes', () => {
    expect(normaliseName('杭州西子贸易有限公司')).toBe('杭州西子贸易');
    expect(normaliseName('杭州西子贸易股份有限公司')).toBe('杭州西子贸易');
    expect(normaliseName('ＡＢＣ Trading Co., Ltd.')).toBe('abctrading');
    expect(normaliseName('ABC Trading Company Limited')).toBe('abctrading');
  });
  it('meets Chinese and latin spellings in pinyin', () => {
    expect(pinyinKey('华为技术有限公司')).toBe('huaweijishu');
    expect(pinyinKey('Huawei Jishu Co., Ltd.')).toBe('huaweijishu');
  });
  it('reduces phone numbers to their digits without the country prefix', () => {
    expect(normalisePhone('+86 138-1234-1234')).toBe('13812341234');
    expect(normalisePhone('１３８１２３４１２３４')).toBe('13812341234');
  });
});

describe('findDuplicates', () => {
  it('scores independent evidence and names the reasons', () => {
    const pairs = findDuplicates([
      { id: 'c2', name: '杭州西子贸易公司', phones: ['0571-88881234'] },
      { id: 'c1', name: '杭州西子贸易有限公司', phones: ['057188881234'] },
      { id: 'c3', name: '宁波东海渔业有限公司', creditCode: '91330200MA2AAAAA1X' },
      { id: 'c4', name: 'Ningbo Donghai', creditCode: '91330200ma2aaaaa1x' },
      { id: 'c5', name: '温州瓯江鞋业有限公司' },
    ]);
    // c1/c2: name (0.8) and phone (0.7): 1 − 0.2 × 0.3 = 0.94
    // c3/c4: credit code only (0.99)
    expect(pairs).toEqual([
      { a: 'c3', b: 'c4', score: 0.99, reasons: ['credit-code'] },
      { a: 'c1', b: 'c2', score: expect.closeTo(0.94, 10), reasons: ['phone', 'name'] },
    ]);
  });
  it('does not depend on input order and never pairs a record with itself', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          [
            { id: 'a', name: '上海申达有限公司', emails: ['x@sd.cn'] },
            { id: 'b', name: '上海申达', emails: ['X@SD.CN'] },
            { id: 'c', name: 'Shanghai Shenda', phones: ['13900001111'] },
            { id: 'd', name: '北京京华', phones: ['139 0000 1111'] },
          ],
          { minLength: 4, maxLength: 4 },
        ),
        (shuffled) => {
          const pairs = findDuplicates(shuffled);
          expect(pairs).toEqual(findDuplicates([...shuffled].sort((x, y) => (x.id < y.id ? -1 : 1))));
          for (const pair of pairs) expect(pair.a < pair.b).toBe(true);
        },
      ),
    );
  });
  it('ignores a key shared by too many records', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, name: `客户${i}号`, phones: ['4008001234'] }));
    expect(findDuplicates(many)).toEqual([]);
  });
  it('explains every reason in both locales', () => {
    for (const reason of duplicateReasons) {
      expect(describeDuplicateReason('en', reason)).toMatch(/same/);
      expect(describeDuplicateReason('zh-CN', reason)).toMatch(/相同/);
    }
  });
});

describe('findDuplicates order', () => {
  it('orders ids in code points, not UTF-16: ～ (U+FF5E) before 😀 (U+1F600)', () => {
    const pairs = findDuplicates([
      { id: '😀', name: '杭州西子贸易有限公司' },
      { id: '～', name: '杭州西子贸易有限公司' },
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['～', '😀']]);
  });
});
