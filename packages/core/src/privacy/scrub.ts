/**
 * Free text that is kept where personal values may not be (audit reasons, erased records):
 * every known personal value of the person goes, and so does anything shaped like a mobile
 * number, a resident ID number or an e-mail address, whoever it belongs to.
 */

// Mainland mobiles (also +86 / spaced), resident ID numbers, e-mail addresses.
const personalPatterns = [/(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g, /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, /[^\s@<>()"'，。；：]+@[^\s@<>()"'，。；：]+\.[A-Za-z]{2,}/g];

/** What a removed personal value reads in scrubbed text. */
export const scrubbedText = '***';

/**
 * `text` without any of `values` (longest first, so a value containing another goes whole) and,
 * unless `patterns` is false, without anything shaped like a mobile, an ID number or an e-mail.
 * Values shorter than two characters are left alone (a one-character value would eat ordinary
 * text).
 *
 * @example
 * scrubPersonalText('王秘芳来电要求回拨 13812341234', ['王秘芳']) // '***来电要求回拨 ***'
 */
export function scrubPersonalText(text: string, values: Iterable<string> = [], options: { patterns?: boolean } = {}): string {
  const ordered = [...new Set(values)].filter((value) => value.length >= 2).sort((a, b) => b.length - a.length);
  const known = ordered.reduce((out, value) => out.split(value).join(scrubbedText), text);
  return options.patterns === false ? known : personalPatterns.reduce((out, pattern) => out.replace(pattern, scrubbedText), known);
}
