import { describe, expect, it } from 'vitest';
import type { FieldEntry } from '../schema/field-catalog.js';
import { readCell } from './cells.js';

// Spreadsheet cells are read by core's one number reader: what could be read two ways is
// refused with the reason, in the reader's locale; money has at most two decimals.
const entry = (kind: 'money' | 'number') => ({ path: 'x', kind }) as unknown as FieldEntry;

describe('readCell numbers', () => {
  it('accepts thousands separators, currency signs, full-width digits and parentheses', () => {
    expect(readCell(entry('money'), '￥12,800.00')).toEqual({ ok: true, value: 12800 });
    expect(readCell(entry('money'), '(1,200.00)')).toEqual({ ok: true, value: -1200 });
    expect(readCell(entry('money'), '１２３元')).toEqual({ ok: true, value: 123 });
    expect(readCell(entry('number'), '0.125')).toEqual({ ok: true, value: 0.125 });
  });

  it('refuses 1.234,50, 1 234,50 and 1,23 with the reason, never guessing', () => {
    for (const text of ['1.234,50', '1 234,50', '1,23']) {
      const reading = readCell(entry('money'), text, 'zh-CN');
      expect(reading).toMatchObject({ ok: false, code: 'badNumber', params: { problem: 'ambiguous-separator' } });
      expect(reading.ok ? undefined : reading.params?.['reason']).toContain(`“${text}”有两种读法`);
    }
  });

  it('refuses more than two decimals for money', () => {
    expect(readCell(entry('money'), '0.125', 'en')).toMatchObject({
      ok: false,
      params: { problem: 'too-many-decimals', reason: '“0.125” has more than two decimals; amounts are whole fen (0.01), such as 1234.50.' },
    });
  });
});
