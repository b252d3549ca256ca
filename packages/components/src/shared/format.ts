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
 * An amount of money in the locale (CNY unless told otherwise).
 *
 * @example
 * formatMoney('zh-CN', 1234.5) // '¥1,234.50'
 */
export function formatMoney(locale: Locale, amount: number, options: { currency?: string } = {}): string {
  const currency = options.currency ?? 'CNY';
  return cached(
    `m|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }),
  ).format(amount);
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
