import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Cumulative revenue curve (Pareto)',
  xAxis: 'Share of customers, ranked by revenue',
  yAxis: 'Cumulative share of revenue',
  summary: 'The top {topFraction} of customers bring {topShare} of revenue; Gini coefficient {gini}.',
  zones: 'Grade A: the first {a} of customers (up to {cutA} of revenue); grade B: up to {b} (up to {cutB}); grade C: the rest.',
  point: 'Top {rank} ({customerShare} of customers): {revenueShare} of revenue',
  cutoff: '{grade} cut-off {share}',
  points: 'Points of the curve',
  rank: 'Customers ranked',
  customerShare: 'Share of customers',
  revenueShare: 'Cumulative share of revenue',
  counted: '{customers} customers, {revenue} counted revenue.',
  negative: '{count} customers returned more than they bought and count as zero.',
  equality: 'Equal revenue line',
};

/** Strings of `<dossier-pareto-chart>`. */
export const messages = defineCatalog(en, {
  title: '累计销售额曲线（帕累托）',
  xAxis: '客户数占比（按销售额排序）',
  yAxis: '累计销售额占比',
  summary: '前 {topFraction} 的客户贡献了 {topShare} 的销售额；基尼系数 {gini}。',
  zones: 'A 类：前 {a} 的客户（累计销售额不超过 {cutA}）；B 类：至 {b}（不超过 {cutB}）；其余为 C 类。',
  point: '前 {rank} 位客户（{customerShare}）：累计销售额占比 {revenueShare}',
  cutoff: '{grade}分界 {share}',
  points: '曲线上的点',
  rank: '客户名次',
  customerShare: '客户数占比',
  revenueShare: '累计销售额占比',
  counted: '共 {customers} 位客户，计入销售额 {revenue}。',
  negative: '{count} 位客户退货多于购买，按零计。',
  equality: '均等线',
});

/** A key of {@link messages}. */
export type ParetoMessage = keyof typeof en;
