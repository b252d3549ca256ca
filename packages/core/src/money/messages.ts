import type { Catalog } from '../i18n/translate.js';
import type { NumberProblem } from './decimal.js';

/**
 * Why a number was refused, as a sentence for the person who wrote it, en and zh-CN: what a
 * reader of CSV or XLSX appends after the line, column and value. Placeholders: `{value}`.
 *
 * @example
 * translate(numberProblemMessages, 'zh-CN', 'ambiguous-separator', { value: '1.234,50' })
 */
export const numberProblemMessages: Catalog<NumberProblem> = {
  en: {
    'not-a-number': '“{value}” is not a number; write digits such as 1234.50.',
    'ambiguous-separator':
      '“{value}” can be read two ways (decimal comma or thousands separator); write a decimal point and commas only between groups of three digits, such as 1,234.50.',
    'too-many-decimals': '“{value}” has more than two decimals; amounts are whole fen (0.01), such as 1234.50.',
    'out-of-range': '“{value}” is too large to be kept exactly.',
  },
  'zh-CN': {
    'not-a-number': '“{value}”不是数字；请填写如 1234.50 的数字。',
    'ambiguous-separator': '“{value}”有两种读法（小数逗号或千位分隔符）；请用小数点，逗号只用于每三位分隔，如 1,234.50。',
    'too-many-decimals': '“{value}”超过两位小数；金额以分（0.01）为单位，如 1234.50。',
    'out-of-range': '“{value}”太大，无法精确保存。',
  },
};
