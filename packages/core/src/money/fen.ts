import { decimalParts, moneyFromParts } from './decimal.js';
import type { NumberProblem } from './decimal.js';

/**
 * Money in Dossier (see `grading/README.md`, "Money"): every amount in a public number field
 * (`TransactionLine`, `TransactionColumns`, `CustomerFigures`, analytics results) is yuan held
 * as the double nearest to a decimal with at most two places — whole fen. Every sum and every
 * comparison of amounts inside core is done on integers of fen (`toFen`), which are exact,
 * so that no grade or figure depends on binary rounding or on the order of the lines.
 */

/** Fen per yuan: the minor unit every amount is a whole number of. */
export const FEN_PER_YUAN = 100;

/**
 * The whole number of fen of an amount in yuan. Exact for every amount that is whole fen
 * (what `readNumber(…, { money: true })`, `moneyValue` and the transaction book admit) up to
 * ±2^51 fen (22 trillion yuan per line); beyond, still one deterministic integer per value.
 *
 * @example
 * toFen(0.1) + toFen(0.2) === toFen(0.3) // true (10 + 20 = 30), while 0.1 + 0.2 !== 0.3
 */
export function toFen(yuan: number): number {
  return Math.round(yuan * FEN_PER_YUAN);
}

/**
 * An amount of fen as yuan: the double nearest to `fen / 100` (the division is correctly
 * rounded), so `toFen(fromFen(f)) === f`.
 *
 * @example
 * fromFen(30) // 0.3
 */
export function fromFen(fen: number | bigint): number {
  return typeof fen === 'bigint' ? Number(fen) / FEN_PER_YUAN : fen / FEN_PER_YUAN;
}

/**
 * Whether a number is an amount Dossier stores as it is: finite and whole fen (at most two
 * decimals, exact as fen). `0.1 + 0.2` is not (it is 0.30000000000000004).
 *
 * @example
 * isWholeFen(12.5) // true
 * isWholeFen(0.125) // false
 */
export function isWholeFen(yuan: number): boolean {
  return Number.isFinite(yuan) && toFen(yuan) / FEN_PER_YUAN === yuan;
}

/**
 * An amount given to the public API (a number of yuan, or a decimal string such as
 * `'1234.50'`), checked exactly at the boundary: the number's shortest decimal text (or the
 * string) is read digit by digit, never multiplied in binary. Returns the amount as yuan, or
 * the problem (`too-many-decimals` for `0.125` and for `0.1 + 0.2`).
 *
 * @example
 * moneyValue('19.99') // 19.99
 * moneyValue(0.125) // 'too-many-decimals'
 */
export function moneyValue(amount: number | string): number | NumberProblem {
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) return 'not-a-number';
    if (isWholeFen(amount)) return amount === 0 ? 0 : amount;
  }
  const parts = decimalParts(String(amount));
  if (typeof parts === 'string') return parts;
  const reading = moneyFromParts(parts);
  return reading.ok ? reading.value : reading.problem;
}

/** An exact fraction `num / den` (den > 0), e.g. a cut-off of a policy read from its decimal text. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * The decimal a number was written as (its shortest round-trip text), as an exact fraction:
 * `0.8` is 4/5 exactly, not the binary 0.8000000000000000444….
 *
 * @example
 * decimalFraction(0.95) // { num: 95n, den: 100n }
 */
export function decimalFraction(value: number): Fraction {
  const parts = decimalParts(String(value));
  if (typeof parts === 'string') throw new RangeError(`not a finite number: ${value}`);
  const digits = BigInt(parts.digits || '0') * (parts.negative ? -1n : 1n);
  return parts.scale >= 0 ? { num: digits, den: 10n ** BigInt(parts.scale) } : { num: digits * 10n ** BigInt(-parts.scale), den: 1n };
}

/**
 * Whether `part / whole < fraction`, decided exactly on integers (`part · den < num · whole`):
 * `part` and `whole` are integers (fen, counts) and `whole > 0`. Uses doubles while both
 * products are safe integers, BigInt beyond.
 *
 * @example
 * shareBelow(560, 700, decimalFraction(0.8)) // false: 560/700 is exactly 80 %
 */
export function shareBelow(part: number, whole: number, fraction: Fraction): boolean {
  const den = Number(fraction.den);
  const num = Number(fraction.num);
  const left = part * den;
  const right = num * whole;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right) && Number.isSafeInteger(den) && Number.isSafeInteger(num)) {
    return left < right;
  }
  return BigInt(part) * fraction.den < fraction.num * BigInt(whole);
}

/**
 * `ceil(fraction × n)` computed exactly (`0.3 × 10` is 3, not 4), clamped to `0…n`.
 *
 * @example
 * ceilFraction(decimalFraction(0.1), 25) // 3
 */
export function ceilFraction(fraction: Fraction, n: number): number {
  const product = fraction.num * BigInt(n);
  let q = product / fraction.den;
  if (q * fraction.den < product) q += 1n;
  return Math.min(n, Math.max(0, Number(q)));
}

/**
 * `floor(a / b)` on BigInt (b > 0), rounding toward −∞ also for negative `a`.
 *
 * @example
 * floorDiv(-7n, 2n) // -4n
 */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b > a ? q - 1n : q;
}
