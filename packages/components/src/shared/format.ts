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
  return cached(`mc|${locale}|${currency}`, () => compactMoney(locale, currency)).format(decimalText(amount) as unknown as number);
}

/** Money in the locale's large units, two decimals (`¥55.07万`, `¥1.23M`). */
function compactMoney(locale: Locale, currency: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/**
 * The unit a column of amounts is written in: the power of ten of the locale's first large unit
 * (zh-CN 4 for 万, en 6 for M) when any amount of the column reaches it ({@link isLargeAmount}),
 * else 0 (full yuan). A column is never in 亿 or B: amounts of a few 万 beside amounts of 亿 would
 * read ¥0.00亿, where ¥3.05万 beside ¥86,412.34万 still tells every figure. Missing amounts are skipped.
 *
 * @example
 * moneyColumnUnit('zh-CN', ['2480000', '962429.75']) // 4 (万)
 * moneyColumnUnit('en', ['2480000', '962429.75']) // 6 (M)
 * moneyColumnUnit('en', ['962429.75']) // 0
 */
export function moneyColumnUnit(locale: Locale, amounts: Iterable<MoneyAmount | null | undefined>): number {
  for (const amount of amounts) {
    if (amount !== null && amount !== undefined && amount !== '' && isLargeAmount(locale, amount)) return String(compactFrom[locale] ?? 10_000).length - 1;
  }
  return 0;
}

/**
 * An amount written in a given unit ({@link moneyColumnUnit}): 0 in full (as {@link formatMoney}),
 * else divided by 10^unit on its exact decimal text (never a float), two decimals rounded half
 * away from zero, and the locale's name of the unit (万, 亿, M, B) after the figure; thousands
 * always grouped (`¥9,031.55万` above `¥19,261.61万`, where Intl's compact amounts group from five digits).
 *
 * @example
 * formatMoneyIn('zh-CN', '962429.75', 4) // '¥96.24万'
 * formatMoneyIn('en', '962429.75', 6) // '¥0.96M'
 */
export function formatMoneyIn(locale: Locale, amount: MoneyAmount, unit: number, options: { currency?: string } = {}): string {
  if (unit === 0) return formatMoney(locale, amount, options);
  const currency = options.currency ?? 'CNY';
  const text = decimalText(amount);
  // moving the decimal point by an exponent keeps the decimal exact: '962429.75e-4' is 96.242975
  const [digits, exponent = '0'] = text.split(/e/i);
  const shifted = `${digits}e${Number(exponent) - unit}`;
  const name = cached(`mc|${locale}|${currency}`, () => compactMoney(locale, currency))
    .formatToParts(10 ** unit)
    .find((part) => part.type === 'compact')?.value ?? '';
  const parts = cached(`mf|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 }))
    .formatToParts(shifted as unknown as number);
  const last = parts.findLastIndex((part) => part.type === 'integer' || part.type === 'fraction');
  return parts.map((part, i) => (i === last ? part.value + name : part.value)).join('');
}

/**
 * How to write every amount of one column in one unit, chosen from its largest absolute amount
 * ({@link moneyColumnUnit}): `¥248.00万` above `¥96.24万`, never `¥248.00万` above `¥9,624.30`.
 *
 * @example
 * const write = moneyColumn('en', ['2480000', '962429.75']);
 * write('2480000') // '¥2.48M'; write('962429.75') // '¥0.96M'
 */
export function moneyColumn(locale: Locale, amounts: Iterable<MoneyAmount | null | undefined>, options: { currency?: string } = {}): (amount: MoneyAmount) => string {
  const unit = moneyColumnUnit(locale, amounts);
  return (amount) => formatMoneyIn(locale, amount, unit, options);
}

/**
 * A share (0–1) as a percentage with a fixed number of decimals.
 *
 * @example
 * formatPercentFixed('en', 0.14, 1) // '14.0%'
 */
export function formatPercentFixed(locale: Locale, share: number, decimals: number): string {
  return cached(
    `pf|${locale}|${decimals}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  ).format(share);
}

/**
 * How to write every share of one column with the same decimals: one when any share, read to
 * one decimal of a percent, has a tenth (59.8%), else none; `14%` and `59.8%` read `14.0%` and `59.8%`.
 *
 * @example
 * const write = percentColumn('en', [0.14, 0.598]);
 * write(0.14) // '14.0%'; write(0.598) // '59.8%'
 */
export function percentColumn(locale: Locale, shares: Iterable<number | null | undefined>): (share: number) => string {
  let decimals = 0;
  for (const share of shares) {
    if (share === null || share === undefined || !Number.isFinite(share)) continue;
    // tenths of a percent, rounded as the one-decimal text rounds them
    if (Math.round(Math.abs(share) * 1000) % 10 !== 0) decimals = 1;
  }
  return (share) => formatPercentFixed(locale, share, decimals);
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
