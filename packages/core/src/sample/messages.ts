import type { Catalog } from '../i18n/translate.js';

/** Codes of the errors the sample generators raise on bad options. */
export type SampleErrorCode =
  | 'as-of-invalid'
  | 'customers-invalid'
  | 'days-invalid'
  | 'transactions-invalid'
  | 'return-share-invalid'
  | 'too-many-customers';

/**
 * Messages of the sample generators, en and zh-CN side by side.
 *
 * @example
 * translate(sampleMessages, 'zh-CN', 'customers-invalid', { value: 0 })
 */
export const sampleMessages: Catalog<SampleErrorCode> = {
  en: {
    'as-of-invalid': 'asOf must be an ISO calendar date YYYY-MM-DD, got "{value}".',
    'customers-invalid': 'customers must be a whole number of at least 1, got {value}.',
    'days-invalid': 'days must be a whole number of at least 1, got {value}.',
    'transactions-invalid': 'transactions must be a whole number from 0 to 2147483647, got {value}.',
    'return-share-invalid': 'returnShare must be a number from 0 to below 0.5, got {value}.',
    'too-many-customers':
      'generateArchive builds objects and is meant for up to {limit} customers, got {value}; use generateTransactionColumns for large books.',
  },
  'zh-CN': {
    'as-of-invalid': 'asOf 必须是 YYYY-MM-DD 格式的日期，实际为“{value}”。',
    'customers-invalid': 'customers 必须是不小于 1 的整数，实际为 {value}。',
    'days-invalid': 'days 必须是不小于 1 的整数，实际为 {value}。',
    'transactions-invalid': 'transactions 必须是 0 到 2147483647 之间的整数，实际为 {value}。',
    'return-share-invalid': 'returnShare 必须是不小于 0 且小于 0.5 的数，实际为 {value}。',
    'too-many-customers':
      'generateArchive 生成对象，适用于不超过 {limit} 个客户，实际为 {value}；大规模账簿请使用 generateTransactionColumns。',
  },
};
