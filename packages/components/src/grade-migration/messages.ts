import type { Catalog } from '@dossier/core';

/** Strings of `<dossier-grade-migration>`. */
export const messages = {
  en: {
    title: 'Grade migration from run {from} to run {to}',
    summary: '{total} customers in both runs: {stayed} kept their grade, {moved} moved; {entered} entered, {left} left.',
    corner: 'From ╲ to',
    fromHeader: 'From {grade}',
    toHeader: 'To {grade}',
    unit: 'customers',
    moversTitle: 'From {from} to {to} (customers: {count})',
    stayedTitle: 'Customers who kept {grade}: {count}.',
    noMovers: 'No customer moved between these grades.',
    before: 'Before ({run})',
    after: 'After ({run})',
    more: '… and {count} more.',
    moversWithheld: 'Customers not listed, as you may not read their grades: {count}.',
    explanationsWithheld: "Explanations you may not read are left out: they quote the customers' revenue.",
    hint: 'Choose a cell (click, or Enter) to list the customers who moved.',
  },
  'zh-CN': {
    title: '等级迁移：从 {from} 到 {to}',
    summary: '两次评级都有的客户 {total} 位：{stayed} 位等级不变，{moved} 位变动；新增 {entered} 位，移出 {left} 位。',
    corner: '原等级 ╲ 新等级',
    fromHeader: '原 {grade}',
    toHeader: '新 {grade}',
    unit: '位客户',
    moversTitle: '从 {from} 到 {to}：{count} 位客户',
    stayedTitle: '{count} 位客户保持 {grade}。',
    noMovers: '这两个等级之间没有客户变动。',
    before: '之前（{run}）',
    after: '之后（{run}）',
    more: '……另有 {count} 位。',
    moversWithheld: '{count} 位客户未列出：您无权查看其等级。',
    explanationsWithheld: '您无权查看的评级说明未显示：说明中含有客户的销售额。',
    hint: '选择一个格子（点击或按回车键）列出变动的客户。',
  },
} satisfies Catalog<
  | 'title'
  | 'summary'
  | 'corner'
  | 'fromHeader'
  | 'toHeader'
  | 'unit'
  | 'moversTitle'
  | 'stayedTitle'
  | 'noMovers'
  | 'before'
  | 'after'
  | 'more'
  | 'moversWithheld'
  | 'explanationsWithheld'
  | 'hint'
>;

/** A key of {@link messages}. */
export type MigrationMessage = keyof (typeof messages)['en'];
