import type { Catalog } from '../i18n/translate.js';

/** Codes of the errors the transaction book throws. */
export type BookErrorCode = 'invalid-date' | 'not-a-date' | 'invalid-amount';

/**
 * The book's user-facing messages, en and zh-CN side by side.
 *
 * @example
 * translate(bookMessages, 'zh-CN', 'invalid-date', { value: '2025-02-30', line: 3 })
 */
export const bookMessages: Catalog<BookErrorCode> = {
  en: {
    'invalid-date': 'Transaction {line}: "{value}" is not a calendar date; write it as YYYY-MM-DD (e.g. 2025-03-01).',
    'not-a-date': '"{value}" is not a calendar date; write it as YYYY-MM-DD (e.g. 2025-03-01).',
    'invalid-amount': 'Transaction {line}, {field}: {reason}',
  },
  'zh-CN': {
    'invalid-date': '第 {line} 笔交易：“{value}”不是有效日期，请按 YYYY-MM-DD 填写（如 2025-03-01）。',
    'not-a-date': '“{value}”不是有效日期，请按 YYYY-MM-DD 填写（如 2025-03-01）。',
    'invalid-amount': '第 {line} 笔交易，{field}：{reason}',
  },
};
