import type { Catalog } from '../i18n/translate.js';

const en = {
  'class.frequency': '{customer}: frequency "{class}", {orders} orders in the window (high from {threshold}).',
  'class.value.core-grade': '{customer}: value "{class}" because the ABC grade is {grade}.',
  'class.value.growth': '{customer}: value "{class}": revenue {revenue} grew {growth} against {previous} in the previous window.',
  'class.value.rfm-segment': '{customer}: value "{class}" because the RFM segment is "{segment}".',
  'class.value.general': '{customer}: value "{class}": grade {grade}, not enough growth and no promising RFM segment.',
  'class.stage.hand-set': '{customer}: stage "{class}", set by hand{note}.',
  'class.stage.no-transaction': '{customer}: stage "{class}": no transaction yet.',
  'class.stage.stopped-by-hand': '{customer}: stage "{class}": stopped by hand{note}.',
  'class.stage.overdue-receivables': '{customer}: stage "{class}": receivables overdue {overdue} days.',
  'class.stage.open-dispute': '{customer}: stage "{class}": an open dispute.',
  'class.stage.no-recent-purchase': '{customer}: stage "{class}": last purchase {last} ago.',
  'class.stage.no-purchase': '{customer}: stage "{class}": transactions, but never a purchase (returns only).',
  'class.stage.recent-first-purchase': '{customer}: stage "{class}": first purchase {first} ago.',
  'class.stage.long-term': '{customer}: stage "{class}": first purchase {first} ago, last {last} ago.',
  'class.note': ' ({note})',
  'class.loyalty': '{customer}: loyalty "{class}", as entered by hand.',
  'class.loyaltyUnknown': '{customer}: loyalty not entered.',
  'class.points': '{customer}: {points} points from {start} to {end}, tier {tier}.',
  'class.pointsBound': '{customer}: {points} points from {start} to {end}, tier {tier} (from {atLeast} points).',
};

/** A key of {@link classMessages}. */
export type ClassMessageKey = keyof typeof en;

const zhCN: Record<ClassMessageKey, string> = {
  'class.frequency': '{customer}：购买频率为“{class}”，窗口内订单 {orders} 个（{threshold} 个起为高频）。',
  'class.value.core-grade': '{customer}：价值类别为“{class}”，因为 ABC 等级为 {grade}。',
  'class.value.growth': '{customer}：价值类别为“{class}”：销售额 {revenue}，比上一同期的 {previous} 增长 {growth}。',
  'class.value.rfm-segment': '{customer}：价值类别为“{class}”，因为 RFM 细分为“{segment}”。',
  'class.value.general': '{customer}：价值类别为“{class}”：等级 {grade}，增长不足，RFM 细分也不属于潜力类。',
  'class.stage.hand-set': '{customer}：客户关系阶段为“{class}”，由人工设定{note}。',
  'class.stage.no-transaction': '{customer}：客户关系阶段为“{class}”：尚无交易。',
  'class.stage.stopped-by-hand': '{customer}：客户关系阶段为“{class}”：已人工停止合作{note}。',
  'class.stage.overdue-receivables': '{customer}：客户关系阶段为“{class}”：应收账款逾期 {overdue} 天。',
  'class.stage.open-dispute': '{customer}：客户关系阶段为“{class}”：存在未解决的纠纷。',
  'class.stage.no-recent-purchase': '{customer}：客户关系阶段为“{class}”：最近一次购买在 {last}前。',
  'class.stage.no-purchase': '{customer}：客户关系阶段为“{class}”：有交易但从未购买（仅有退货）。',
  'class.stage.recent-first-purchase': '{customer}：客户关系阶段为“{class}”：首次购买在 {first}前。',
  'class.stage.long-term': '{customer}：客户关系阶段为“{class}”：首次购买在 {first}前，最近一次在 {last}前。',
  'class.note': '（{note}）',
  'class.loyalty': '{customer}：忠诚度为“{class}”（人工录入）。',
  'class.loyaltyUnknown': '{customer}：尚未录入忠诚度。',
  'class.points': '{customer}：{start} 至 {end} 积分 {points}，等级 {tier}。',
  'class.pointsBound': '{customer}：{start} 至 {end} 积分 {points}，等级 {tier}（{atLeast} 分起）。',
};

/**
 * The sentences of {@link explainClass} (frequency, value, relationship stage, loyalty and points
 * tier), en and zh-CN.
 *
 * @example
 * translate(classMessages, 'en', 'class.loyaltyUnknown', { customer: 'c1' }) // 'c1: loyalty not entered.'
 */
export const classMessages: Catalog<ClassMessageKey> = { en, 'zh-CN': zhCN };
