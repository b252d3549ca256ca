import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdArb } from '../schema/arbitraries.js';
import { isResidentIdNumber, residentIdBirthDate, residentIdCheckCharacter, residentIdWeights } from './resident-id-number.js';

describe('resident ID number (GB 11643-1999, ISO 7064 MOD 11-2)', () => {
  it('has the weights 2^(18-i) mod 11', () => {
    // 2^17..2^1 mod 11: 131072 mod 11 = 7, then each next is the previous halved mod 11: 9 (=7·6 mod 11), 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
    expect([...residentIdWeights]).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  });

  it('accepts real numbers', () => {
    // 11010519491231002X (the standard's example). Σ d·w = 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3
    //   + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2 = 7 + 9 + 5 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 4 = 167;
    // 167 mod 11 = 2; (12 − 2) mod 11 = 10 → 'X'.
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    // 440524188001010014: Σ = 28 + 36 + 0 + 25 + 16 + 16 + 2 + 8 + 48 + 0 + 0 + 9 + 0 + 5 + 0 + 0 + 2 = 195;
    // 195 mod 11 = 8; 12 − 8 = 4 → '4'.
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
    expect(isResidentIdNumber('440524188001010014')).toBe(true);
    expect(residentIdBirthDate('440524188001010014')).toBe('1880-01-01');
  });

  it('rejects numbers without a real birth date or with a lower-case x', () => {
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
    // 1949-02-30 does not exist; the check character is recomputed so that only the date is wrong.
    const first17 = '11010519490230002';
    expect(isResidentIdNumber(first17 + residentIdCheckCharacter(first17))).toBe(false);
    expect(isResidentIdNumber('1101051949123100')).toBe(false);
  });

  it('rejects every single-character corruption of a valid number', () => {
    const others = [...'0123456789X', 'x', 'A', ' '];
    fc.assert(
      fc.property(residentIdArb, (id) => {
        expect(isResidentIdNumber(id)).toBe(true);
        for (let i = 0; i < id.length; i++) {
          for (const ch of others) {
            if (ch === id[i]) continue;
            const corrupted = id.slice(0, i) + ch + id.slice(i + 1);
            expect(isResidentIdNumber(corrupted), corrupted).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
