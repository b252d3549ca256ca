import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Annual plan',
  sales: 'Sales',
  salesValue: '{sales} of a {target} target ({achievement}); variance {variance}',
  salesNoTarget: '{sales} (no target set)',
  grossMargin: 'Gross margin',
  grossMarginValue: '{margin} of a {target} target ({achievement})',
  grossMarginNoTarget: '{margin} (no target set)',
  expenseRatio: 'Expenses to sales',
  expenseValue: '{ratio} ({expenses}); target {target}',
  expenseNoTarget: '{ratio} ({expenses})',
  marketShare: 'Market share',
  marketValue: '{share} of a {market} market',
  satisfaction: 'Customer satisfaction',
  satisfactionValue: '{average} out of 5 from {answers} answers by {customers} customers; {satisfied} satisfied (4 or 5)',
  satisfactionNone: 'No survey answers in the period',
  months: 'Sales by month against the target',
  month: 'Month',
  monthSales: 'Sales',
  cumulative: 'Cumulative sales',
  cumulativeTarget: 'Cumulative target',
  restricted: 'Figures you may not read are withheld.',
};

/** Strings of `<dossier-annual-plan>`. */
export const messages = defineCatalog(en, {
  title: '年度计划分析',
  sales: '销售额',
  salesValue: '{sales}，目标 {target}（达成率 {achievement}），差异 {variance}',
  salesNoTarget: '{sales}（未设目标）',
  grossMargin: '毛利',
  grossMarginValue: '{margin}，目标 {target}（达成率 {achievement}）',
  grossMarginNoTarget: '{margin}（未设目标）',
  expenseRatio: '费用占销售额比重',
  expenseValue: '{ratio}（费用 {expenses}），目标 {target}',
  expenseNoTarget: '{ratio}（费用 {expenses}）',
  marketShare: '市场占有率',
  marketValue: '{share}，市场总销售额 {market}',
  satisfaction: '客户满意度',
  satisfactionValue: '平均 {average} 分（满分 5 分），{customers} 位客户共 {answers} 份答卷，满意（4 分及以上）占 {satisfied}',
  satisfactionNone: '本期没有满意度调查答卷',
  months: '各月销售额与目标',
  month: '月份',
  monthSales: '销售额',
  cumulative: '累计销售额',
  cumulativeTarget: '累计目标',
  restricted: '您无权查看的数据不予显示。',
});

/** A key of {@link messages}. */
export type AnnualPlanMessage = keyof typeof en;
