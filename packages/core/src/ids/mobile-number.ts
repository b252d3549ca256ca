/**
 * Mainland China mobile numbers: 11 digits starting 1[3-9], optionally written with the
 * country code `+86` / `86` and spaces or hyphens between groups.
 */

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The 11-digit form of a mainland mobile number (country code, spaces and hyphens removed), or
 * `undefined` when the text is not one.
 *
 * @example
 * normalizeMainlandMobile('+86 138-0013-8000') // '13800138000'
 * normalizeMainlandMobile('12800138000') // undefined
 */
export function normalizeMainlandMobile(text: string): string | undefined {
  const compact = text.trim().replace(/[\s-]/g, '');
  const national = compact.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return MOBILE.test(national) ? national : undefined;
}

/**
 * Whether a text is a mainland mobile number (`1[3-9]` + 9 digits, optional `+86`).
 *
 * @example
 * isMainlandMobile('13800138000') // true
 * isMainlandMobile('+8613800138000') // true
 * isMainlandMobile('1380013800') // false (10 digits)
 */
export function isMainlandMobile(text: string): boolean {
  return normalizeMainlandMobile(text) !== undefined;
}
