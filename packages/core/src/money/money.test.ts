import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.js';
import { decimalParts, readNumber } from './decimal.js';
import { ceilFraction, decimalFraction, fromFen, isWholeFen, moneyValue, shareBelow, toFen } from './fen.js';
import { numberProblemMessages } from './messages.js';
import { ExactSums, exactSum } from './sum.js';

describe('readNumber: the one reader of spreadsheet and CSV numbers', () => {
  const money = (text: string) => readNumber(text, { money: true });

  it('accepts what is unambiguous', () => {
    const accepted: [string, number][] = [
      ['12,800.00', 12800],
      ['1,234,567.5', 1234567.5],
      ['¥1,200', 1200],
      ['￥1,200.50', 1200.5],
      ['$19.99', 19.99],
      ['RMB 88.80', 88.8],
      ['88.80元', 88.8],
      ['88.80 RMB', 88.8],
      ['１２３．４５', 123.45],
      ['(1,200.00)', -1200],
      ['(¥1,200.00)', -1200],
      ['¥(5)', -5],
      ['(1,200)元', -1200],
      ['(1,200元)', -1200],
      ['-1,200.50 RMB', -1200.5],
      ['-1,200.00', -1200],
      ['-¥5', -5],
      ['¥-5', -5],
      ['－5', -5],
      ['+3', 3],
      [' 0.1 ', 0.1],
      ['.5', 0.5],
      ['1e3', 1000],
      ['1.5e2', 150],
      ['10000000000000000', 1e16],
      ['0', 0],
      ['-0', 0],
    ];
    for (const [text, value] of accepted) expect(money(text), text).toEqual({ ok: true, value });
  });

  it('refuses separators that could be read two ways, never guessing', () => {
    for (const text of ['1.234,50', '1 234,50', '1,23', '1,2345', '12,34,567', '1.234.567', "1'234.50", '1 234']) {
      expect(money(text), text).toEqual({ ok: false, problem: 'ambiguous-separator' });
      expect(readNumber(text), text).toEqual({ ok: false, problem: 'ambiguous-separator' });
    }
  });

  it('refuses what is not a number', () => {
    for (const text of ['', '  ', 'abc', '12 yuan', '0x1F', '0b11', '0o7', 'Infinity', 'NaN', '--5', '-(5)', '¥', '()', '1e']) {
      expect(readNumber(text), text).toEqual({ ok: false, problem: 'not-a-number' });
    }
  });

  it('refuses more than two decimals for money, keeps them for plain numbers', () => {
    for (const text of ['0.125', '999.9999995', '1.001', '1e-3']) expect(money(text), text).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(money('1.2300')).toEqual({ ok: true, value: 1.23 }); // trailing zeros carry no value
    expect(readNumber('0.125')).toEqual({ ok: true, value: 0.125 });
    expect(readNumber('1e400')).toEqual({ ok: false, problem: 'out-of-range' });
    expect(money('12345678901234567.89')).toEqual({ ok: false, problem: 'out-of-range' });
  });

  it('reads digits exactly', () => {
    expect(decimalParts('(¥1,200.50)')).toEqual({ negative: true, digits: '12005', scale: 1 });
    expect(decimalParts('0.00')).toEqual({ negative: false, digits: '', scale: 0 });
  });

  it('says why in en and zh-CN', () => {
    expect(translate(numberProblemMessages, 'en', 'ambiguous-separator', { value: '1.234,50' })).toContain('“1.234,50” can be read two ways');
    expect(translate(numberProblemMessages, 'zh-CN', 'too-many-decimals', { value: '0.125' })).toBe('“0.125”超过两位小数；金额以分（0.01）为单位，如 1234.50。');
  });
});

describe('whole fen', () => {
  it('turns yuan into exact integers of fen and back', () => {
    expect(toFen(0.1) + toFen(0.2)).toBe(toFen(0.3));
    expect(fromFen(30)).toBe(0.3);
    expect(isWholeFen(12.5)).toBe(true);
    expect(isWholeFen(0.1 + 0.2)).toBe(false);
    expect(isWholeFen(1e16)).toBe(true);
  });

  it('round-trips every decimal with at most two places (property, checked on the digits)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 51n), max: 2n ** 51n }), (fen) => {
        const text = `${fen < 0n ? '-' : ''}${(fen < 0n ? -fen : fen) / 100n}.${String((fen < 0n ? -fen : fen) % 100n).padStart(2, '0')}`;
        const value = moneyValue(text);
        expect(typeof value).toBe('number');
        expect(toFen(value as number)).toBe(Number(fen));
        expect(value).toBe(Number(text));
        // the reader's fast path (plain ASCII) and its exact path give the same number
        expect(readNumber(text, { money: true })).toEqual({ ok: true, value });
        expect(readNumber(`¥${text}`, { money: true })).toEqual({ ok: true, value });
      }),
    );
  });

  it('checks amounts at the API boundary from their decimal text', () => {
    expect(moneyValue('19.99')).toBe(19.99);
    expect(moneyValue(5.6)).toBe(5.6);
    expect(moneyValue(0.125)).toBe('too-many-decimals');
    expect(moneyValue(0.1 + 0.2)).toBe('too-many-decimals');
    expect(moneyValue(Number.NaN)).toBe('not-a-number');
  });
});

describe('exact fractions', () => {
  it('reads a cut-off as the decimal it was written as', () => {
    expect(decimalFraction(0.8)).toEqual({ num: 8n, den: 10n });
    expect(decimalFraction(0.95)).toEqual({ num: 95n, den: 100n });
    expect(decimalFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
  });

  it('compares shares on integers: 560/700 is exactly 80 %', () => {
    const eighty = decimalFraction(0.8);
    expect(5.6 / (5.6 + 1.4)).toBeLessThan(0.8); // what binary floating point says
    expect(shareBelow(560, 700, eighty)).toBe(false);
    expect(shareBelow(559, 700, eighty)).toBe(true);
    // beyond 2^53 the comparison moves to BigInt and stays exact
    expect(shareBelow(8 * 2 ** 52, 10 * 2 ** 52 + 8, eighty)).toBe(true);
    expect(shareBelow(8 * 2 ** 52, 10 * 2 ** 52, eighty)).toBe(false);
  });

  it('ceils exactly', () => {
    expect(ceilFraction(decimalFraction(0.3), 10)).toBe(3);
    expect(ceilFraction(decimalFraction(0.1), 25)).toBe(3);
    expect(ceilFraction(decimalFraction(0.01), 0)).toBe(0);
  });
});

describe('ExactSums', () => {
  it('sums 1e16, 1, −1e16, 1 yuan to 2 in every order (BigInt beyond 2^53 fen)', () => {
    const fen = [1e16, 1, -1e16, 1].map(toFen);
    const orders = [
      [0, 1, 2, 3],
      [1, 0, 2, 3],
      [0, 2, 1, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
    ];
    for (const order of orders) {
      const sums = new ExactSums(1);
      for (const k of order) sums.add(0, fen[k]!);
      expect(sums.yuan(0)).toBe(2);
      expect(sums.exact(0)).toBe(200n);
    }
    expect(exactSum([1e18, 100, -1e18, 100])).toBe(200n);
  });

  it('gives the exact total of every slot', () => {
    const sums = new ExactSums(3);
    sums.add(0, 2 ** 53 - 1);
    sums.add(1, 2 ** 53 - 1);
    sums.add(2, -(2 ** 53 - 1));
    expect(sums.total()).toBe(2 ** 53 - 1);
    expect(sums.value(0)).toBe(2 ** 53 - 1);
  });
});
