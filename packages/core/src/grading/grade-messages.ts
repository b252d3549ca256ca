import type { Catalog } from '../i18n/translate.js';

const en = {
  'abc.share':
    '{customer} is {computed}: revenue {revenue}, rank {rank} of {ranked}; the customers ahead hold {before} of revenue, {after} with this one (A while the share ahead is below {cutA}, B while below {cutB}).',
  'abc.nonPositive': '{customer} is C: revenue {revenue} is not positive, so the customer is not ranked.',
  'abc.lost': '{customer} is lost: {previous} in the run before, no sales in this window (revenue {revenue}), so now C and not ranked.',
  'abc.lostReturns': '{customer} is lost: {previous} in the run before, only returns in this window (revenue {revenue}), so now C and not ranked.',
  'customer.unnamed': 'This customer',
  'abc.amount': '{customer} is {computed}: revenue {revenue} (A from {a}, B from {b}).',
  'abc.count':
    '{customer} is {computed}: rank {rank} of {ranked} customers with revenue, revenue {revenue} (A up to rank {lastA}, B up to rank {lastB}).',
  'abc.vip': ' VIP: among the top {vipCount} customers by revenue.',
  'abc.adjust': ' Rule {rule} changed {from} to {to}.',
  'abc.adjustReason': ' Rule {rule} changed {from} to {to} ({reason}).',
  'abc.final': ' Grade after the rules: {grade}.',
  'rfm.active':
    '{customer} is "{segment}": last purchase {recency} ago (R {r}), orders {frequency} (F {f}), revenue {monetary} (M {m}); scores 1–{bins} among {scored} active customers.',
  'rfm.inactive': '{customer} is inactive: no purchase counted in the window.',
  'scorecard.head': '{customer} is {computed}: score {total} of 100 (A from {a}, B from {b}).',
  'scorecard.criterion': '{label} {value} → {points} points × {weight}',
  'scorecard.criterionMissing': '{label} missing → 0 points × {weight}',
  'scorecard.criteria': ' {list}.',
  'scorecard.missing': ' Missing figures scored 0: {keys}.',
  'run.provisional': ' Provisional: first purchase on {firstPurchase}, review due {reviewDue}.',
  'run.override': ' Overridden to {grade}: {reason} (computed {computed}).',
  'run.overrideBy': ' Overridden to {grade} by {by}: {reason} (computed {computed}).',
  'figure.revenue': 'revenue',
  'figure.gross-margin-rate': 'gross margin rate',
  'figure.collection-rate': 'collection rate',
  'figure.average-unit-price': 'average unit price',
  'figure.orders': 'orders',
  'figure.years-of-trade': 'years of trade',
  'figure.credit-rating': 'credit rating',
  'list.separator': '; ',
};

/** A key of {@link gradeMessages}. */
export type GradeMessageKey = keyof typeof en;

const zhCN: Record<GradeMessageKey, string> = {
  'abc.share':
    '{customer} 为 {computed} 类：销售额 {revenue}，排名第 {rank}/{ranked}；排在前面的客户占销售额 {before}，加上该客户为 {after}（前面占比低于 {cutA} 为 A，低于 {cutB} 为 B）。',
  'abc.nonPositive': '{customer} 为 C 类：销售额 {revenue} 不为正，不参与排名。',
  'abc.lost': '{customer} 已流失：上期为 {previous} 类，本期没有销售（销售额 {revenue}），因此转为 C 类，不参与排名。',
  'abc.lostReturns': '{customer} 已流失：上期为 {previous} 类，本期只有退货（销售额 {revenue}），因此转为 C 类，不参与排名。',
  'customer.unnamed': '该客户',
  'abc.amount': '{customer} 为 {computed} 类：销售额 {revenue}（{a} 起为 A，{b} 起为 B）。',
  'abc.count':
    '{customer} 为 {computed} 类：在 {ranked} 个有销售额的客户中排名第 {rank}，销售额 {revenue}（前 {lastA} 名为 A，前 {lastB} 名为 B）。',
  'abc.vip': '该客户为 VIP：销售额排名前 {vipCount}。',
  'abc.adjust': '规则 {rule} 将 {from} 类调整为 {to} 类。',
  'abc.adjustReason': '规则 {rule} 将 {from} 类调整为 {to} 类（{reason}）。',
  'abc.final': '调整后等级：{grade} 类。',
  'rfm.active':
    '{customer} 属于“{segment}”：最近一次购买在 {recency}前（R {r}），订单 {frequency} 个（F {f}），销售额 {monetary}（M {m}）；在 {scored} 个活跃客户中按 1–{bins} 评分。',
  'rfm.inactive': '{customer} 为不活跃客户：统计窗口内没有购买。',
  'scorecard.head': '{customer} 为 {computed} 类：综合得分 {total}（满分 100；{a} 分起为 A，{b} 分起为 B）。',
  'scorecard.criterion': '{label} {value} → {points} 分 × 权重 {weight}',
  'scorecard.criterionMissing': '{label} 缺失 → 0 分 × 权重 {weight}',
  'scorecard.criteria': '{list}。',
  'scorecard.missing': '缺失的指标按 0 分计：{keys}。',
  'run.provisional': '暂定等级：首次购买于 {firstPurchase}，应于 {reviewDue} 复评。',
  'run.override': '人工调整为 {grade}：{reason}（计算结果为 {computed}）。',
  'run.overrideBy': '由 {by} 人工调整为 {grade}：{reason}（计算结果为 {computed}）。',
  'figure.revenue': '销售额',
  'figure.gross-margin-rate': '毛利率',
  'figure.collection-rate': '回款率',
  'figure.average-unit-price': '平均单价',
  'figure.orders': '订单数',
  'figure.years-of-trade': '合作年限',
  'figure.credit-rating': '信用等级',
  'list.separator': '；',
};

/**
 * The sentences of {@link explainGrade} (ABC, RFM, scorecard, provisional and overridden grades)
 * and the names of the scorecard's figures, en and zh-CN.
 *
 * @example
 * translate(gradeMessages, 'zh-CN', 'figure.revenue') // '销售额'
 */
export const gradeMessages: Catalog<GradeMessageKey> = { en, 'zh-CN': zhCN };
