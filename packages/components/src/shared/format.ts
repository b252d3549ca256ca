import type { Locale } from '@dossier/core';

/**
 * Numbers, money and dates through `Intl`, in the element's locale. Formatters are cached per
 * locale and options because building one costs far more than using it (a list of 100k rows
 * formats on every scroll).
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * A number in the locale.
 *
 * @example
 * formatNumber('en', 12345.6) // '12,345.6'
 */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/**
 * An amount of money in the locale (CNY unless told otherwise), in full: a number of yuan or a
 * decimal string, formatted from its exact decimal text.
 *
 * @example
 * formatMoney('zh-CN', 1234.5) // '¥1,234.50'
 * formatMoney('zh-CN', '12345678901234.56') // '¥12,345,678,901,234.56'
 */
export function formatMoney(locale: Locale, amount: MoneyAmount, options: { currency?: string } = {}): string {
  const currency = options.currency ?? 'CNY';
  return cached(
    `m|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }),
    // a decimal string is formatted exactly (Intl.NumberFormat v3); TypeScript's lib types only number
  ).format(decimalText(amount) as unknown as number);
}

/** An amount of money as a number of yuan (whole fen) or as a decimal string (`'550722.35'`). */
export type MoneyAmount = number | string;

/**
 * The exact decimal text of an amount: a string is taken as written, a number by its shortest
 * round-trip text (`550722.35` → `'550722.35'`, the decimal core meant: amounts are whole fen).
 * `Intl.NumberFormat` formats such a string digit by digit, never through a binary float.
 */
function decimalText(amount: MoneyAmount): string {
  return typeof amount === 'string' ? amount.trim() : String(amount);
}

/**
 * From which size an amount is written in the large units of a locale: 万 (10⁴) and 亿 (10⁸)
 * in Chinese, M (10⁶) and B (10⁹) in English (an English reader reads ¥550,722 faster than
 * ¥550.72K, so thousands stay in full).
 */
const compactFrom: Readonly<Record<string, number>> = { 'zh-CN': 10_000, en: 1_000_000 };

/**
 * Whether an amount is large enough to be written in the locale's large units.
 *
 * @example
 * isLargeAmount('zh-CN', '12345') // true
 * isLargeAmount('en', '12345') // false
 */
export function isLargeAmount(locale: Locale, amount: MoneyAmount): boolean {
  const text = decimalText(amount).replace(/^[-+]/, '');
  const whole = text.split(/[.eE]/)[0]!.replace(/^0+/, '');
  if (/e/i.test(text)) return Math.abs(Number(text)) >= (compactFrom[locale] ?? 10_000);
  // compare the whole part's digits, not a float: '99999.99' is below 10⁵ however it rounds
  const from = String(compactFrom[locale] ?? 10_000);
  return whole.length > from.length || (whole.length === from.length && whole >= from);
}

/**
 * An amount for reading: in zh-CN 万/亿 from ¥1万 (`¥55.07万`, `¥12.35亿`), in en M/B from
 * ¥1M (`¥1.23M`), two decimals, rounded half away from zero from the exact decimal (a string
 * is never turned into a float); smaller amounts in full (`¥8,432.50`). Put the full amount
 * ({@link formatMoney}) beside it — a `title`, the data table — when the exact figure matters.
 *
 * @example
 * formatMoneyCompact('zh-CN', '550722.35') // '¥55.07万'
 * formatMoneyCompact('en', '550722.35') // '¥550,722.35'
 * formatMoneyCompact('en', 123456789) // '¥123.46M'
 */
export function formatMoneyCompact(locale: Locale, amount: MoneyAmount, options: { currency?: string } = {}): string {
  if (!isLargeAmount(locale, amount)) return formatMoney(locale, amount, options);
  const currency = options.currency ?? 'CNY';
  return cached(
    `mc|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  ).format(decimalText(amount) as unknown as number);
}

/**
 * A share (0–1) as a percentage.
 *
 * @example
 * formatPercent('en', 0.805) // '80.5%'
 */
export function formatPercent(locale: Locale, share: number): string {
  return cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(share);
}

/**
 * A calendar date given as ISO `YYYY-MM-DD` (or an ISO instant), formatted without any time-zone
 * shift: the day written is the day shown. Returns the input unchanged when it is not a date.
 *
 * @example
 * formatDate('zh-CN', '2026-03-31') // '2026年3月31日'
 */
export function formatDate(locale: Locale, iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(day.getTime())) return iso;
  const timeZone = iso.length === 10 ? 'UTC' : undefined;
  return cached(`d|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })).format(day);
}

/**
 * An instant (ISO timestamp) with date and time in the viewer's time zone.
 *
 * @example
 * formatDateTime('en', '2026-03-31T08:00:00Z') // 'Mar 31, 2026, 4:00 PM' in Shanghai
 */
export function formatDateTime(locale: Locale, iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return cached(`t|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(instant);
}

/**
 * Whole days from one ISO date to another, as a phrase ("in 3 days", "2 days ago").
 *
 * @example
 * formatRelativeDays('en', 3) // 'in 3 days'
 */
export function formatRelativeDays(locale: Locale, days: number): string {
  return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}
