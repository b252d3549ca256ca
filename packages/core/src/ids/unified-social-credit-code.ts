/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters over the
 * 31-character charset `0-9A-HJ-NPQRTUWXY` (no I, O, Z, S, V). The 18th character is a check
 * character: with the first 17 characters as values c_i in the charset and the weights
 * w_i = 3^(i-1) mod 31 (i = 1..17), check = (31 - Σ c_i·w_i mod 31) mod 31.
 */

/**
 * The charset of the code, in value order (value = index).
 *
 * @example
 * usccCharset.indexOf('M') // 21
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * The 17 weights of GB 32100-2015: 3^(i-1) mod 31.
 *
 * @example
 * usccWeights[16] // 28
 */
export const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * The check character of the first 17 characters of a unified social credit code, or
 * `undefined` when they are not 17 characters of the charset.
 *
 * @example
 * usccCheckCharacter('91350100M000100Y4') // '3'
 */
export function usccCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = usccCharset.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * usccWeights[i]!;
  }
  return usccCharset[(31 - (sum % 31)) % 31];
}

/**
 * Whether a text is a well-formed unified social credit code with the right check character.
 * Letters must be upper case (as printed on the business licence); trim before calling.
 *
 * @example
 * isUnifiedSocialCreditCode('91350100M000100Y43') // true
 * isUnifiedSocialCreditCode('91350100M000100Y44') // false (wrong check character)
 */
export function isUnifiedSocialCreditCode(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  return usccCheckCharacter(text.slice(0, 17)) === text[17];
}
