import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Agenda',
  titleAsOf: 'Agenda for {date}',
  summary: '{overdue} overdue · {today} today · {upcoming} coming up',
  'urgency.overdue': 'Overdue',
  'urgency.today': 'Today',
  'urgency.upcoming': 'Coming up',
  'rule.follow-up': 'Follow-up',
  'rule.task': 'Task',
  'rule.grade-review': 'Grade review',
  'rule.credit-review': 'Credit review',
  'rule.contract-ending': 'Contract',
  'rule.receivables-overdue': 'Receivables',
  'rule.credit-limit': 'Credit limit',
  'rule.birthday': 'Birthday',
  'rule.anniversary': 'Anniversary',
  'rule.service-case': 'Service case',
  keyAccount: 'Key account',
  noGrade: 'No grade',
  owner: 'Owner: {owner}',
  empty: 'Nothing is due. Every customer is followed up as planned.',
  loading: 'Loading the agenda…',
  failed: 'The agenda could not be loaded: {reason}',
  open: 'Open {customer}',
};

/**
 * The agenda's strings in en and zh-CN (the reasons themselves are core's `agendaReason`).
 *
 * @example
 * translate(messages, 'zh-CN', 'title') // '今日待办'
 */
export const messages = defineCatalog(en, {
  title: '今日待办',
  titleAsOf: '{date} 待办',
  summary: '逾期 {overdue} 项 · 今天 {today} 项 · 即将到期 {upcoming} 项',
  'urgency.overdue': '已逾期',
  'urgency.today': '今天',
  'urgency.upcoming': '即将到期',
  'rule.follow-up': '跟进',
  'rule.task': '待办',
  'rule.grade-review': '等级评审',
  'rule.credit-review': '信用复核',
  'rule.contract-ending': '合同',
  'rule.receivables-overdue': '应收款',
  'rule.credit-limit': '信用额度',
  'rule.birthday': '生日',
  'rule.anniversary': '纪念日',
  'rule.service-case': '服务工单',
  keyAccount: '重点客户',
  noGrade: '未分级',
  owner: '负责人：{owner}',
  empty: '没有到期事项，所有客户均按计划跟进。',
  loading: '正在加载待办…',
  failed: '无法加载待办：{reason}',
  open: '打开 {customer}',
});

/** A key of {@link messages}. */
export type AgendaMessage = keyof typeof en;
