import { dayNumber } from '../book/calendar.js';

/**
 * Resident identity card number (居民身份证号码), GB 11643-1999: 6-digit area code, 8-digit
 * birth date YYYYMMDD, 3-digit sequence (odd for men, even for women), and a check character
 * computed with ISO 7064 MOD 11-2: weights w_i = 2^(18-i) mod 11 for i = 1..17,
 * check = (12 - Σ d_i·w_i mod 11) mod 11, written `X` when it is 10.
 */

/**
 * The 17 weights of ISO 7064 MOD 11-2 for an 18-digit number.
 *
 * @example
 * residentIdWeights[0] // 7
 */
export const residentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

const SHAPE = /^\d{17}[\dX]$/;

/**
 * The check character (`0`–`9` or `X`) of the first 17 digits of a resident ID number, or
 * `undefined` when they are not 17 digits.
 *
 * @example
 * residentIdCheckCharacter('11010519491231002') // 'X'
 */
export function residentIdCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * residentIdWeights[i]!;
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * The birth date (`YYYY-MM-DD`) written in a resident ID number, or `undefined` when it is not
 * a real calendar date from 1800 on (GB 11643's own example was born in 1880).
 *
 * @example
 * residentIdBirthDate('11010519491231002X') // '1949-12-31'
 */
export function residentIdBirthDate(idNumber: string): string | undefined {
  const digits = idNumber.slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return undefined;
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (Number(digits.slice(0, 4)) < 1800 || dayNumber(iso) === undefined) return undefined;
  return iso;
}

/**
 * Whether a text is an 18-character resident ID number with a real birth date and the right
 * check character. A lower-case `x` is refused: normalise with `toUpperCase()` first.
 *
 * @example
 * isResidentIdNumber('11010519491231002X') // true
 * isResidentIdNumber('110105194912310021') // false (check character should be X)
 */
export function isResidentIdNumber(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  if (residentIdBirthDate(text) === undefined) return false;
  return residentIdCheckCharacter(text.slice(0, 17)) === text[17];
}
