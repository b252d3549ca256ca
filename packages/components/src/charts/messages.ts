import { defineCatalog } from '../shared/localize.js';

const en = {
  loading: 'Loading…',
  noData: 'No data to show.',
  error: 'The report could not be shown.',
  errorDetail: 'The report could not be shown: {message}',
  restricted: 'Restricted',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  notAvailable: '—',
  sortBy: 'Sort by {column}',
  total: 'Total',
  showCustomers: 'Show these customers',
  listSeparator: ', ',
  hiddenColumns: 'Not shown, no row has a figure: {columns}.',
  period: 'Period',
  periodFrom: 'From',
  periodTo: 'To (inclusive)',
  'preset.last12Months': 'Last 12 months',
  'preset.thisYear': 'This year',
  'preset.lastYear': 'Last year',
  'preset.thisQuarter': 'This quarter',
  'preset.lastQuarter': 'Last quarter',
  'preset.custom': 'Custom',
};

/** Strings shared by every report widget. */
export const chartMessages = defineCatalog(en, {
  loading: '加载中…',
  noData: '暂无数据。',
  error: '无法显示报表。',
  errorDetail: '无法显示报表：{message}',
  restricted: '无权查看',
  showTable: '显示数据表',
  hideTable: '隐藏数据表',
  notAvailable: '—',
  sortBy: '按{column}排序',
  total: '合计',
  showCustomers: '查看这些客户',
  listSeparator: '、',
  hiddenColumns: '以下各列没有任何数据，未显示：{columns}。',
  period: '期间',
  periodFrom: '从',
  periodTo: '至（含）',
  'preset.last12Months': '最近 12 个月',
  'preset.thisYear': '今年',
  'preset.lastYear': '去年',
  'preset.thisQuarter': '本季度',
  'preset.lastQuarter': '上季度',
  'preset.custom': '自定义',
});

/** A key of {@link chartMessages}. */
export type ChartMessage = keyof typeof en;
