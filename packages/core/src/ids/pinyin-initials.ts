import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\d]/u;

/**
 * The pinyin initials of a name, for sorting and indexing Chinese names: one lower-case letter
 * per Chinese character (polyphones read in context by pinyin-pro, so 重庆 gives `cq`), Latin
 * letters and digits kept lower-cased, everything else (spaces, punctuation) dropped.
 *
 * @example
 * pinyinInitials('华为技术有限公司') // 'hwjsyxgs'
 * pinyinInitials('重庆 ABC 公司') // 'cqabcgs'
 */
export function pinyinInitials(name: string): string {
  if (!HAN.test(name)) return keepLatin(name);
  const parts = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return parts.map((part) => (HAN.test(part) ? '' : keepLatin(part))).join('');
}

function keepLatin(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) if (LATIN_OR_DIGIT.test(ch)) out += ch.toLowerCase();
  return out;
}
