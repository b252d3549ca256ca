import { explainGrade, gradingMessages, shareDigits } from '@dossier/core';
import type { AbcExplanation, AbcGrading, GradeExplanation, GradingMessageKey, Locale } from '@dossier/core';

/**
 * A message template split once at its `{name}` placeholders: even parts are text, odd parts
 * names, so that filling it is a few concatenations (the result `translate` gives).
 */
function compile(locale: Locale, key: GradingMessageKey): string[] {
  const template = gradingMessages[locale][key] ?? gradingMessages.en[key];
  return template.split(/\{(\w+)\}/);
}

function fill(parts: readonly string[], values: Readonly<Record<string, string | number>>): string {
  let text = parts[0]!;
  for (let k = 1; k < parts.length; k += 2) {
    const value = values[parts[k]!];
    text += (value === undefined ? `{${parts[k]}}` : String(value)) + parts[k + 1]!;
  }
  return text;
}

/** Groups of three digits with commas, as en and zh-CN write integers ("1,234,567"). */
function grouped(digits: string): string {
  let out = '';
  const head = digits.length % 3 || 3;
  out = digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) out += `,${digits.slice(k, k + 3)}`;
  return out;
}

/**
 * An amount as `Intl.NumberFormat(locale, { maximumFractionDigits: 2 })` writes it in en and
 * zh-CN ("1,234,567.8"), without Intl. Intl rounds the shortest decimal that reads back as the
 * double (what `String` writes); for whole fen that decimal has at most two places, so nothing
 * is rounded. Undefined for what it does not write so (more places, exponents, −0).
 */
export function amountText(value: number): string | undefined {
  if (Object.is(value, -0)) return undefined;
  const text = String(Math.abs(value));
  if (text.indexOf('e') !== -1) return undefined;
  const point = text.indexOf('.');
  if (point !== -1 && text.length - point - 1 > 2) return undefined;
  return `${value < 0 ? '-' : ''}${grouped(point === -1 ? text : text.slice(0, point))}${point === -1 ? '' : text.slice(point)}`;
}

/**
 * A share in [0, 1] as `Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits:
 * digits })` writes it in en and zh-CN ("68.4%"): the shortest decimal of the double (`String`),
 * times 100 by moving the point, rounded half up to `digits` places in decimal, trailing zeros
 * dropped. Undefined outside [0, 1] and for exponent forms (shares below 10^-6).
 */
export function shareText(share: number, digits: number): string | undefined {
  if (!(share >= 0 && share <= 1) || Object.is(share, -0)) return undefined;
  const text = String(share);
  if (text.indexOf('e') !== -1) return undefined;
  const point = text.indexOf('.');
  // All the decimal digits, and how many of them stand before the point once multiplied by 100.
  const all = point === -1 ? text : text.slice(0, point) + text.slice(point + 1);
  const wholeLength = (point === -1 ? text.length : point) + 2;
  const padded = all.padEnd(wholeLength + digits + 1, '0');
  let kept = padded.slice(0, wholeLength + digits);
  const next = padded.charCodeAt(wholeLength + digits);
  if (next >= 0x35) {
    // Half up: add one in the last kept place, carrying.
    const places = kept.split('');
    let k = places.length - 1;
    for (; k >= 0; k--) {
      if (places[k] === '9') places[k] = '0';
      else {
        places[k] = String(Number(places[k]) + 1);
        break;
      }
    }
    kept = (k < 0 ? '1' : '') + places.join('');
  }
  const whole = String(Number(kept.slice(0, kept.length - digits)));
  let fraction = kept.slice(kept.length - digits);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 0x30) end--;
  fraction = fraction.slice(0, end);
  return `${whole}${fraction === '' ? '' : `.${fraction}`}%`;
}

/**
 * The sentence `explainGrade(explanation, locale)` writes for a grade, built without `Intl` or
 * template parsing per customer for the common ABC cases (by share, not positive, VIP; no
 * adjustment, override or provisional note); every other explanation goes to `explainGrade`.
 * Cut-off texts are made once per number of decimals.
 *
 * @example
 * const sentence = abcSentences('zh-CN');
 * sentence(result.explain(0)) === explainGrade(result.explain(0), 'zh-CN') // true
 */
export function abcSentences(locale: Locale): (explanation: GradeExplanation) => string {
  const share = compile(locale, 'abc.share');
  const nonPositive = compile(locale, 'abc.nonPositive');
  const vip = compile(locale, 'abc.vip');
  const vipTexts = new Map<number, string>();
  const cutTexts = new Map<string, [string, string] | undefined>();
  const cuts = (thresholds: readonly number[], digits: number) => {
    const key = `${thresholds[0]}/${thresholds[1]}/${digits}`;
    if (!cutTexts.has(key)) {
      const a = shareText(thresholds[0]!, digits);
      const b = shareText(thresholds[1]!, digits);
      cutTexts.set(key, a === undefined || b === undefined ? undefined : [a, b]);
    }
    return cutTexts.get(key);
  };
  // shareDigits starts at 3 decimals of the share (1 of the percentage): a share more than 0.001
  // from every cut-off keeps its side at 3 decimals (rounding moves it by at most 0.0005), so when
  // the cut-offs are exact at 3 decimals the answer is 1 without trying.
  const far = (share: number, thresholds: readonly number[]) => thresholds.every((c) => Math.abs(share - c) > 0.001);
  const exact = new Map<string, boolean>();
  const exactAt3 = (thresholds: readonly number[]) => {
    const key = thresholds.join('/');
    let value = exact.get(key);
    if (value === undefined) exact.set(key, (value = thresholds.every((c) => Number(c.toFixed(3)) === c)));
    return value;
  };
  const common = (e: GradeExplanation): e is AbcExplanation =>
    e.method === 'abc-share' && e.adjustments.length === 0 && e.provisional === undefined && e.override === undefined;

  return (e) => {
    if (!common(e)) return explainGrade(e, locale);
    const revenue = amountText(e.revenue);
    if (revenue === undefined) return explainGrade(e, locale);
    let text: string;
    if (e.rule === 'non-positive-revenue') {
      text = fill(nonPositive, { customer: e.customerId, computed: e.computedGrade, revenue });
    } else if (e.rule === 'share' && e.rank !== undefined) {
      const before = e.shareBefore ?? 0;
      const after = e.shareAfter ?? 0;
      const digits = far(before, e.thresholds) && far(after, e.thresholds) && exactAt3(e.thresholds) ? 1 : shareDigits([before, after], e.thresholds);
      const beforeText = shareText(before, digits);
      const afterText = shareText(after, digits);
      const cut = cuts(e.thresholds, digits);
      if (beforeText === undefined || afterText === undefined || cut === undefined) return explainGrade(e, locale);
      text = fill(share, {
        customer: e.customerId,
        computed: e.computedGrade,
        revenue,
        rank: e.rank,
        ranked: e.ranked,
        before: beforeText,
        after: afterText,
        cutA: cut[0],
        cutB: cut[1],
      });
    } else {
      return explainGrade(e, locale);
    }
    if (e.vip) {
      let vipText = vipTexts.get(e.vipCount);
      if (vipText === undefined) vipTexts.set(e.vipCount, (vipText = fill(vip, { vipCount: e.vipCount })));
      text += vipText;
    }
    return text;
  };
}

/**
 * The sentences of an abc-share result straight from its columns, without an explanation object
 * per customer: the text `explainGrade(result.explain(i), locale)` writes, or undefined for a
 * customer it does not write so (then ask `explainGrade`). The whole function is undefined for a
 * result with adjustment rules or of another method. The template is filled once per number of
 * share decimals with what all rows share (customers ranked, cut-offs), and a share's text is
 * reused for the next rank (its share before is this one's share after).
 *
 * @example
 * const sentence = abcShareSentences(result, 'en');
 * sentence?.(0) === explainGrade(result.explain(0), 'en') // true
 */
export function abcShareSentences(result: AbcGrading, locale: Locale): ((i: number) => string | undefined) | undefined {
  const { policy } = result;
  if (policy.method !== 'abc-share' || policy.adjustments.length > 0) return undefined;
  const thresholds = policy.cutoffs;
  const { customerIds, computedGrade, gradeValues, revenue, rank, shareBefore, shareAfter, vip } = result;
  const share = compile(locale, 'abc.share');
  const nonPositive = compile(locale, 'abc.nonPositive');
  const vipText = fill(compile(locale, 'abc.vip'), { vipCount: vipCountOf(result) });
  // The share template with the ranked count and the cut-offs filled in, per number of decimals.
  const patterns = new Map<number, readonly string[] | undefined>();
  const pattern = (digits: number) => {
    if (!patterns.has(digits)) {
      const cutA = shareText(thresholds[0], digits);
      const cutB = shareText(thresholds[1], digits);
      patterns.set(digits, cutA === undefined || cutB === undefined ? undefined : partly(share, { ranked: result.ranked, cutA, cutB }));
    }
    return patterns.get(digits);
  };
  const exactAt3 = thresholds.every((c) => Number(c.toFixed(3)) === c);
  const far = (value: number) => Math.abs(value - thresholds[0]) > 0.001 && Math.abs(value - thresholds[1]) > 0.001;
  // One values object for every row (fill reads it at once).
  const values: Record<string, string | number> = { customer: '', computed: '', revenue: '', rank: 0, before: '', after: '' };
  let lastAfter = Number.NaN;
  let lastDigits = -1;
  let lastAfterText: string | undefined;
  return (i) => {
    const revenueText = amountText(revenue[i]!);
    if (revenueText === undefined) return undefined;
    values.customer = customerIds[i]!;
    values.computed = gradeValues[computedGrade[i]!]!;
    values.revenue = revenueText;
    let text: string;
    if (rank[i] === 0) {
      text = fill(nonPositive, values);
    } else {
      const before = shareBefore[i]!;
      const after = shareAfter[i]!;
      const digits = exactAt3 && far(before) && far(after) ? 1 : shareDigits([before, after], thresholds);
      const parts = pattern(digits);
      const beforeText = before === lastAfter && digits === lastDigits ? lastAfterText : shareText(before, digits);
      const afterText = shareText(after, digits);
      lastAfter = after;
      lastDigits = digits;
      lastAfterText = afterText;
      if (parts === undefined || beforeText === undefined || afterText === undefined) return undefined;
      values.rank = rank[i]!;
      values.before = beforeText;
      values.after = afterText;
      text = fill(parts, values);
    }
    return vip[i] === 1 ? text + vipText : text;
  };
}

/** The VIP count of an ABC result: the number of VIP customers (ceil(vipFraction × ranked)). */
function vipCountOf(result: AbcGrading): number {
  let count = 0;
  for (let i = 0; i < result.vip.length; i++) count += result.vip[i]!;
  return count;
}

/** A compiled template with some of its names filled: the rest stay names (even text, odd names). */
function partly(parts: readonly string[], values: Readonly<Record<string, string | number>>): string[] {
  const out = [parts[0]!];
  for (let k = 1; k < parts.length; k += 2) {
    const value = values[parts[k]!];
    if (value === undefined) out.push(parts[k]!, parts[k + 1]!);
    else out[out.length - 1] += String(value) + parts[k + 1]!;
  }
  return out;
}
