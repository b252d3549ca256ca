import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Receivables ageing',
  titleAsOf: 'Receivables ageing on {date}',
  byCustomer: 'Per customer',
  byRep: 'Per rep',
  groupBy: 'Show',
  customer: 'Customer',
  rep: 'Rep',
  outstanding: 'Outstanding',
  overdue: 'Overdue',
  'bucket.0-30': '0–30 days',
  'bucket.31-60': '31–60 days',
  'bucket.61-90': '61–90 days',
  'bucket.90+': 'Over 90 days',
  total: 'Total',
  lineCount: ' ({count} lines)',
  line: 'Line',
  invoiceDate: 'Invoiced',
  dueDate: 'Due',
  daysOverdue: 'Days overdue',
  empty: 'Nothing is owed.',
  restricted: 'You may not see amounts of money.',
  loading: 'Loading receivables…',
  failed: 'The receivables could not be loaded: {reason}',
};

/**
 * Strings of `<dossier-receivables>` in en and zh-CN.
 *
 * @example
 * translate(messages, 'zh-CN', 'title') // '应收账款账龄'
 */
export const messages = defineCatalog(en, {
  title: '应收账款账龄',
  titleAsOf: '{date} 应收账款账龄',
  byCustomer: '按客户',
  byRep: '按业务员',
  groupBy: '查看',
  customer: '客户',
  rep: '业务员',
  outstanding: '未收金额',
  overdue: '已逾期',
  'bucket.0-30': '0–30 天',
  'bucket.31-60': '31–60 天',
  'bucket.61-90': '61–90 天',
  'bucket.90+': '90 天以上',
  total: '合计',
  lineCount: '（{count} 笔明细）',
  line: '单据',
  invoiceDate: '开票日期',
  dueDate: '到期日',
  daysOverdue: '逾期天数',
  empty: '没有应收款。',
  restricted: '您无权查看金额。',
  loading: '正在加载应收款…',
  failed: '无法加载应收款：{reason}',
});

/** A key of {@link messages}. */
export type ReceivablesMessage = keyof typeof en;
