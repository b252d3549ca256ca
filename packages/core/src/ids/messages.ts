import type { Catalog } from '../i18n/translate.js';

/** Keys of the identifier validation messages. */
export type IdMessageKey = 'invalidUscc' | 'invalidResidentId' | 'invalidMobile';

/**
 * Validation messages of the Chinese identifiers, in en and zh-CN.
 *
 * @example
 * translate(idMessages, 'zh-CN', 'invalidMobile') // '不是有效的中国大陆手机号码（1 开头的 11 位数字）'
 */
export const idMessages: Catalog<IdMessageKey> = {
  en: {
    invalidUscc:
      'Not a valid unified social credit code: 18 characters from 0-9 and A-Y without I, O, Z, S, V, and the last one must match the check character',
    invalidResidentId:
      'Not a valid resident ID number: 17 digits with a real birth date (YYYYMMDD from the 7th digit) and a matching check digit or X',
    invalidMobile: 'Not a valid mainland mobile number (11 digits starting with 13–19, optional +86)',
  },
  'zh-CN': {
    invalidUscc: '不是有效的统一社会信用代码：应为 18 位（数字或除 I、O、Z、S、V 以外的大写字母），且最后一位校验码正确',
    invalidResidentId: '不是有效的居民身份证号码：应为 17 位数字加校验码（数字或 X），第 7 至 14 位为真实的出生日期',
    invalidMobile: '不是有效的中国大陆手机号码（1 开头的 11 位数字，可带 +86）',
  },
};
