import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import type { AgendaItem } from './agenda.js';
import type { KeyAccountReason } from './key-accounts.js';

type Key =
  | 'when.overdue'
  | 'when.overdue.one'
  | 'when.today'
  | 'when.upcoming'
  | 'when.upcoming.one'
  | 'follow-up'
  | 'follow-up.never'
  | 'task'
  | 'grade-review'
  | 'credit-review'
  | 'credit-review.never'
  | 'contract-ending'
  | 'contract-ended'
  | 'receivables-overdue'
  | 'receivables-overdue.one'
  | 'receivables-overdue.amount'
  | 'receivables-overdue.amount.one'
  | 'credit-limit.exceeded'
  | 'credit-limit.near'
  | 'credit-limit.exceeded.amount'
  | 'credit-limit.near.amount'
  | 'birthday'
  | 'anniversary'
  | 'occasion.someone'
  | 'service-case'
  | 'key.large-purchases'
  | 'key.concentrated-purchases'
  | 'key.price-insensitive'
  | 'key.good-standing'
  | 'key.long-partnership'
  | 'key.loyal';

/**
 * The sentences of the agenda and the key-account reasons, en and zh-CN.
 *
 * @example
 * translate(agendaMessages, 'zh-CN', 'when.overdue', { days: 3 }) // '已逾期 3 天'
 */
export const agendaMessages: Catalog<Key> = {
  en: {
    'when.overdue': '{days} days overdue',
    'when.overdue.one': '1 day overdue',
    'when.today': 'due today',
    'when.upcoming': 'due in {days} days',
    'when.upcoming.one': 'due tomorrow',
    'follow-up': 'Follow-up every {cadence} days: last contact {last}, {since} days ago',
    'follow-up.never': 'Follow-up every {cadence} days: no contact logged yet',
    task: '{title}',
    'grade-review': 'Provisional grade: review due',
    'credit-review': 'Credit review due (last reviewed {reviewedOn})',
    'credit-review.never': 'Credit limit never reviewed',
    'contract-ending': '“{title}” ends',
    'contract-ended': '“{title}” has ended and is not renewed',
    'receivables-overdue': '{lines} invoices overdue',
    'receivables-overdue.one': '1 invoice overdue',
    'receivables-overdue.amount': '¥{amount} overdue on {lines} invoices',
    'receivables-overdue.amount.one': '¥{amount} overdue on 1 invoice',
    'credit-limit.exceeded': 'Credit limit exceeded ({percent} % used)',
    'credit-limit.near': 'Credit limit nearly used ({percent} %)',
    'credit-limit.exceeded.amount': 'Credit limit exceeded: ¥{used} of ¥{limit} ({percent} %)',
    'credit-limit.near.amount': 'Credit limit nearly used: ¥{used} of ¥{limit} ({percent} %)',
    birthday: 'Birthday of {name}',
    anniversary: 'Wedding anniversary of {name}',
    'occasion.someone': 'a key person',
    'service-case': 'Service case “{title}” open for {openDays} days',
    'key.large-purchases': 'Purchases of ¥{value} in the window (at least ¥{threshold})',
    'key.concentrated-purchases': 'Average order ¥{value} (at least ¥{threshold})',
    'key.price-insensitive': '{value} discounts or vouchers given (at most {threshold})',
    'key.good-standing': 'Longest overdue {value} days (at most {threshold}), credit and standing good',
    'key.long-partnership': 'Trading with us for {value} years (at least {threshold})',
    'key.loyal': 'Loyal: {value} orders in the window (at least {threshold}) or loyal to our brand',
  },
  'zh-CN': {
    'when.overdue': '已逾期 {days} 天',
    'when.overdue.one': '已逾期 1 天',
    'when.today': '今天到期',
    'when.upcoming': '{days} 天后到期',
    'when.upcoming.one': '明天到期',
    'follow-up': '每 {cadence} 天跟进一次：上次联系 {last}，已 {since} 天',
    'follow-up.never': '每 {cadence} 天跟进一次：尚无联系记录',
    task: '{title}',
    'grade-review': '临时等级：应进行评审',
    'credit-review': '信用应复核（上次审核 {reviewedOn}）',
    'credit-review.never': '信用额度从未审核',
    'contract-ending': '“{title}”即将到期',
    'contract-ended': '“{title}”已到期未续约',
    'receivables-overdue': '{lines} 笔应收款逾期',
    'receivables-overdue.one': '1 笔应收款逾期',
    'receivables-overdue.amount': '{lines} 笔应收款逾期，共 ¥{amount}',
    'receivables-overdue.amount.one': '1 笔应收款逾期，共 ¥{amount}',
    'credit-limit.exceeded': '超出信用额度（已用 {percent}%）',
    'credit-limit.near': '信用额度即将用完（已用 {percent}%）',
    'credit-limit.exceeded.amount': '超出信用额度：已用 ¥{used}，额度 ¥{limit}（{percent}%）',
    'credit-limit.near.amount': '信用额度即将用完：已用 ¥{used}，额度 ¥{limit}（{percent}%）',
    birthday: '{name}的生日',
    anniversary: '{name}的结婚纪念日',
    'occasion.someone': '关键人物',
    'service-case': '服务工单“{title}”已处理 {openDays} 天',
    'key.large-purchases': '期间采购额 ¥{value}（不低于 ¥{threshold}）',
    'key.concentrated-purchases': '平均每单 ¥{value}（不低于 ¥{threshold}）',
    'key.price-insensitive': '给予折扣或优惠券 {value} 次（不超过 {threshold} 次）',
    'key.good-standing': '最长逾期 {value} 天（不超过 {threshold} 天），信用与合作状况良好',
    'key.long-partnership': '与本公司合作 {value} 年（不少于 {threshold} 年）',
    'key.loyal': '忠诚：期间下单 {value} 次（不少于 {threshold} 次）或品牌忠诚',
  },
};

function money(value: string | number | undefined, locale: Locale): string | undefined {
  return typeof value === 'number' ? value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : value;
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar day (`YYYY-MM-DD`) as the locale writes it: 2025年12月20日, Dec 20, 2025. */
function day(value: string | number | undefined, locale: Locale): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return value === undefined ? undefined : String(value);
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: locale === 'zh-CN' ? 'long' : 'medium', timeZone: 'UTC' })));
  return format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * The reason of an agenda item as a sentence in a locale.
 *
 * @example
 * agendaReason({ rule: 'receivables-overdue', params: { lines: 2, amount: 1200 }, … }, 'zh-CN') // '2 笔应收款逾期，共 ¥1,200.00'
 */
export function agendaReason(item: Pick<AgendaItem, 'rule' | 'params' | 'days'>, locale: Locale): string {
  const p = item.params;
  const params = {
    ...p,
    amount: money(p['amount'], locale),
    used: money(p['used'], locale),
    limit: money(p['limit'], locale),
    last: day(p['last'], locale),
    reviewedOn: day(p['reviewedOn'], locale),
  };
  switch (item.rule) {
    case 'follow-up':
      return translate(agendaMessages, locale, p['last'] === undefined ? 'follow-up.never' : 'follow-up', params);
    case 'credit-review':
      return translate(agendaMessages, locale, p['reviewedOn'] === undefined ? 'credit-review.never' : 'credit-review', params);
    case 'contract-ending':
      return translate(agendaMessages, locale, item.days < 0 ? 'contract-ended' : 'contract-ending', params);
    case 'receivables-overdue': {
      const key = p['amount'] === undefined ? 'receivables-overdue' : 'receivables-overdue.amount';
      return translate(agendaMessages, locale, p['lines'] === 1 ? `${key}.one` : key, params);
    }
    case 'credit-limit': {
      const status = p['status'] === 'exceeded' ? 'exceeded' : 'near';
      return translate(agendaMessages, locale, p['used'] === undefined ? `credit-limit.${status}` : `credit-limit.${status}.amount`, params);
    }
    case 'birthday':
    case 'anniversary':
      return translate(agendaMessages, locale, item.rule, { ...params, name: p['name'] ?? translate(agendaMessages, locale, 'occasion.someone') });
    default:
      return translate(agendaMessages, locale, item.rule, params);
  }
}

/**
 * When an agenda item is due, as words: `3 days overdue`, `due today`, `due in 5 days`.
 *
 * @example
 * agendaWhen({ urgency: 'overdue', days: -3 }, 'en') // '3 days overdue'
 */
export function agendaWhen(item: Pick<AgendaItem, 'urgency' | 'days'>, locale: Locale): string {
  const days = Math.abs(item.days);
  const key = item.urgency === 'today' ? 'when.today' : days === 1 ? (`when.${item.urgency}.one` as const) : (`when.${item.urgency}` as const);
  return translate(agendaMessages, locale, key, { days });
}

/**
 * A key-account criterion as a sentence with its figure and threshold.
 *
 * @example
 * keyAccountReasonText({ criterion: 'long-partnership', met: true, value: 4.5, threshold: 3 }, 'en')
 */
export function keyAccountReasonText(reason: KeyAccountReason, locale: Locale): string {
  const isMoney = reason.criterion === 'large-purchases' || reason.criterion === 'concentrated-purchases';
  return translate(agendaMessages, locale, `key.${reason.criterion}`, {
    value: isMoney ? money(reason.value, locale) : reason.value,
    threshold: isMoney ? money(reason.threshold, locale) : reason.threshold,
  });
}
