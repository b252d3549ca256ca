import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mobileArb } from '../schema/arbitraries.js';
import { isMainlandMobile, normalizeMainlandMobile } from './mobile-number.js';

describe('mainland mobile numbers', () => {
  it('accepts 1[3-9] + 9 digits with an optional +86 and separators', () => {
    expect(isMainlandMobile('13800138000')).toBe(true);
    expect(isMainlandMobile('19912345678')).toBe(true);
    expect(normalizeMainlandMobile('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizeMainlandMobile('008613800138000')).toBe('13800138000');
    fc.assert(
      fc.property(mobileArb, (mobile) => {
        expect(isMainlandMobile(mobile)).toBe(true);
      }),
    );
  });

  it('rejects other numbers', () => {
    for (const bad of ['12800138000', '10800138000', '1380013800', '138001380000', '+85213800138000', '0755-12345678', '1380013800a', '']) {
      expect(isMainlandMobile(bad), bad).toBe(false);
    }
  });

  it('rejects a number whose second digit is corrupted to 0–2 or whose length changes', () => {
    fc.assert(
      fc.property(mobileArb, fc.integer({ min: 0, max: 2 }), (mobile, digit) => {
        const national = normalizeMainlandMobile(mobile)!;
        expect(isMainlandMobile(`1${digit}${national.slice(2)}`)).toBe(false);
        expect(isMainlandMobile(national.slice(1))).toBe(false);
        expect(isMainlandMobile(`${national}0`)).toBe(false);
      }),
    );
  });
});
