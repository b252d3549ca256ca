import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './formula.js';

describe('formula injection', () => {
  it('neutralises every trigger character', () => {
    for (const payload of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', "'=1"]) {
      const cell = neutraliseCell(payload);
      expect(cell.startsWith("'"), payload).toBe(true);
    }
    expect(neutraliseCell('杭州西子贸易')).toBe('杭州西子贸易');
    expect(neutraliseCell('a=b')).toBe('a=b');
  });
  it('is undone exactly by restoreCell: export → import is the identity', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restoreCell(neutraliseCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
  it('never lets a neutralised cell start with a trigger', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(/^[=+\-@\t\r]/.test(neutraliseCell(text))).toBe(false);
      }),
    );
  });
});
