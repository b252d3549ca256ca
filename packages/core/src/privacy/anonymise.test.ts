import { describe, expect, it } from 'vitest';
import { ageBand, amountBand, importPseudonymKey, pseudonym, suppressSmallGroups } from './anonymise.js';

describe('anonymised export', () => {
  it('gives stable pseudonyms under one key and different ones under another', async () => {
    const key = await importPseudonymKey(new Uint8Array(32).fill(7));
    const other = await importPseudonymKey(new Uint8Array(32).fill(8));
    const a = await pseudonym('c-1', key);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await pseudonym('c-1', key)).toBe(a);
    expect(await pseudonym('c-2', key)).not.toBe(a);
    expect(await pseudonym('c-1', other)).not.toBe(a);
  });
  it('generalises ages and amounts into bands', () => {
    expect(ageBand(34)).toBe('30–39');
    expect(ageBand(40)).toBe('40–49');
    expect(amountBand(52_000)).toBe('10k–100k');
    expect(amountBand(-5)).toBe('≤0');
    expect(amountBand(12_000_000)).toBe('≥10M');
  });
  it('suppresses groups smaller than k', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => ({ province: '浙江省', band: '30–39' })),
      ...Array.from({ length: 4 }, () => ({ province: '江苏省', band: '30–39' })),
      { province: '浙江省', band: '40–49' },
    ];
    const { rows: kept, suppressed } = suppressSmallGroups(rows, ['province', 'band']);
    // 浙江/30–39 has 5 ≥ k = 5 rows; 江苏 (4) and 浙江/40–49 (1) are below k.
    expect(kept).toHaveLength(5);
    expect(suppressed).toBe(5);
    expect(suppressSmallGroups(rows, ['province'], { k: 4 }).suppressed).toBe(0);
  });
});
