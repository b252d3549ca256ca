import type { Catalog } from '@dossier/core';

/** Strings of `<dossier-efficiency-report>`. */
export const messages = {
  en: {
    title: 'Sales-force efficiency',
    rep: 'Sales rep',
    summary: '{reps} sales reps: sales {sales}, {visits} visits, {newCustomers} new and {lostCustomers} lost customers.',
    summaryWithoutSales: '{reps} sales reps: {visits} visits, {newCustomers} new and {lostCustomers} lost customers. Amounts you may not read are withheld.',
    summaryRestricted: '{reps} sales reps. Figures you may not read are withheld.',
  },
  'zh-CN': {
    title: '销售人员效率检查表',
    rep: '销售人员',
    summary: '共 {reps} 名销售人员：销售额 {sales}，访问 {visits} 次，新增客户 {newCustomers} 位，失去客户 {lostCustomers} 位。',
    summaryWithoutSales: '共 {reps} 名销售人员：访问 {visits} 次，新增客户 {newCustomers} 位，失去客户 {lostCustomers} 位。您无权查看的金额不予显示。',
    summaryRestricted: '共 {reps} 名销售人员。您无权查看的数据不予显示。',
  },
} satisfies Catalog<'title' | 'rep' | 'summary' | 'summaryWithoutSales' | 'summaryRestricted'>;

/** A key of {@link messages}. */
export type EfficiencyMessage = keyof (typeof messages)['en'];
