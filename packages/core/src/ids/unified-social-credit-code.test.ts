import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usccArb } from '../schema/arbitraries.js';
import { isUnifiedSocialCreditCode, usccCharset, usccCheckCharacter, usccWeights } from './unified-social-credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('has the weights 3^(i-1) mod 31', () => {
    // 3^0..3^16 mod 31: 1, 3, 9, 27, 81-62=19, 57-31=26, 78-62=16, 48-31=17, 51-31=20, 60-31=29, 87-62=25, 75-62=13, 39-31=8, 24, 72-62=10, 30, 90-62=28
    expect([...usccWeights]).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it('accepts real codes', () => {
    // 91350100M000100Y43 (the standard's worked example). Values: M = 21, Y = 30 (charset index).
    // Σ c·w = 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + 21·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10 + 30·30 + 4·28
    //       = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 1640 − 1612 = 28; 31 − 28 = 3 → '3'.
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(isUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true);
    // 914403001922038216 (Huawei Technologies Co., Ltd., on its business licence).
    // Σ = 9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 20 + 261 + 50 + 26 + 0 + 72 + 80 + 60 + 28 = 831;
    // 831 mod 31 = 831 − 806 = 25; 31 − 25 = 6 → '6'.
    expect(usccCheckCharacter('91440300192203821')).toBe('6');
    expect(isUnifiedSocialCreditCode('914403001922038216')).toBe(true);
  });

  it('rejects malformed codes', () => {
    expect(isUnifiedSocialCreditCode('')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100M000100Y4')).toBe(false); // 17 characters
    expect(isUnifiedSocialCreditCode('91350100M000100Y433')).toBe(false); // 19
    expect(isUnifiedSocialCreditCode('91350100m000100y43')).toBe(false); // lower case
    expect(isUnifiedSocialCreditCode('91350100I000100Y43')).toBe(false); // I is not in the charset
    expect(usccCheckCharacter('91350100O000100Y4')).toBeUndefined();
  });

  it('rejects every single-character corruption of a valid code', () => {
    const others = [...usccCharset, 'I', 'O', 'Z', 'S', 'V', 'a', ' ', '-'];
    fc.assert(
      fc.property(usccArb, (code) => {
        expect(isUnifiedSocialCreditCode(code)).toBe(true);
        for (let i = 0; i < code.length; i++) {
          for (const ch of others) {
            if (ch === code[i]) continue;
            const corrupted = code.slice(0, i) + ch + code.slice(i + 1);
            expect(isUnifiedSocialCreditCode(corrupted), corrupted).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
