import type { Catalog } from '@dossier/core';

/** Strings of `<dossier-efficiency-report>`. */
export const messages = {
  en: {
    title: 'Sales-force efficiency',
    rep: 'Sales rep',
    summary: '{reps} sales reps: sales {sales}, {visits} visits, {newCustomers} new and {lostCustomers} lost customers.',
  },
  'zh-CN': {
    title: '销售人员效率检查表',
    rep: '销售人员',
    summary: '共 {reps} 名销售人员：销售额 {sales}，访问 {visits} 次，新增客户 {newCustomers} 位，失去客户 {lostCustomers} 位。',
  },
} satisfies Catalog<'title' | 'rep' | 'summary'>;

/** A key of {@link messages}. */
export type EfficiencyMessage = keyof (typeof messages)['en'];
