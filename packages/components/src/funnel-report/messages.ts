import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Lead funnel',
  summary: '{total} leads: {qualified} qualified ({qualifiedRate}), {keyAccounts} key accounts ({keyAccountRate} of the qualified).',
  summaryRestricted: 'Figures you may not read are withheld.',
  stage: 'Stage',
  at: 'At this stage',
  reached: 'Reached',
  noIntent: 'No intent',
  intent: 'Intent {intent}',
  stageBar: '{stage}: {reached} reached, {at} at this stage',
  differing: 'Recorded stage differs from the rules',
  customer: 'Customer',
  recorded: 'Recorded stage',
  byRules: 'By the rules',
  reasons: 'Why',
  noneDiffering: 'Every recorded stage agrees with the rules.',
  hiddenDiffering: '{count} more customers you may not see are left out.',
};

/** Strings of `<dossier-funnel-report>`. */
export const messages = defineCatalog(en, {
  title: '客户开发漏斗',
  summary: '共 {total} 位潜在客户：合格客户 {qualified} 位（{qualifiedRate}），大客户 {keyAccounts} 位（占合格客户 {keyAccountRate}）。',
  summaryRestricted: '您无权查看的数据不予显示。',
  stage: '阶段',
  at: '处于本阶段',
  reached: '已达到',
  noIntent: '无意向等级',
  intent: '意向 {intent} 类',
  stageBar: '{stage}：已达到 {reached} 位，处于本阶段 {at} 位',
  differing: '记录阶段与规则不一致',
  customer: '客户',
  recorded: '记录的阶段',
  byRules: '按规则',
  reasons: '原因',
  noneDiffering: '所有记录的阶段都与规则一致。',
  hiddenDiffering: '另有 {count} 位您无权查看的客户未列出。',
});

/** A key of {@link messages}. */
export type FunnelMessage = keyof typeof en;
