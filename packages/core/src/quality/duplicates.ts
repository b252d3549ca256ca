import { compareCodePoints } from '../grading/compare.js';
import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import { normaliseEmail, normaliseName, normalisePhone, pinyinKey } from './normalise.js';

/** What duplicate detection reads of a record. */
export interface DuplicateCandidate {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
  /** Unified social credit code (统一社会信用代码). */
  readonly creditCode?: string | undefined;
  readonly phones?: readonly string[] | undefined;
  readonly emails?: readonly string[] | undefined;
}

/**
 * What duplicate detection reads of a stored customer (JSON or decoded): its Chinese name (else
 * the English one), the English name beside a Chinese one, the credit code, mobile and phone,
 * and email. The one builder for the import, a store scan and the command line.
 *
 * @example
 * duplicateCandidateOf({ id: 'c1', name: { zh: '杭州西子贸易有限公司' }, mobile: '13800138000' })
 * // { id: 'c1', name: '杭州西子贸易有限公司', nameEn: undefined, creditCode: undefined, phones: ['13800138000'], emails: [] }
 */
export function duplicateCandidateOf(record: { readonly id: string } & Readonly<Record<string, unknown>>): DuplicateCandidate {
  const name = record.name as { zh?: string; en?: string } | undefined;
  const phones = [record.mobile, record.phone].filter((p): p is string => typeof p === 'string');
  return {
    id: record.id,
    name: name?.zh ?? name?.en ?? '',
    nameEn: name?.zh !== undefined ? name?.en : undefined,
    creditCode: typeof record.uscc === 'string' ? record.uscc : undefined,
    phones,
    emails: typeof record.email === 'string' ? [record.email] : [],
  };
}

/** Why two records look like the same customer. */
export const duplicateReasons = ['credit-code', 'phone', 'email', 'name', 'pinyin'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** How much each reason alone says that two records are one customer (0–1). */
export const duplicateReasonWeights: Readonly<Record<DuplicateReason, number>> = {
  'credit-code': 0.99,
  phone: 0.7,
  email: 0.7,
  name: 0.8,
  pinyin: 0.5,
};

/** A likely duplicate pair, `a < b` in code-point order, with its score and reasons. */
export interface DuplicatePair {
  readonly a: string;
  readonly b: string;
  /** 1 − Π(1 − weight) over the reasons: independent evidence adds up, never past 1. */
  readonly score: number;
  readonly reasons: readonly DuplicateReason[];
}

const messages: Catalog<DuplicateReason> = {
  en: {
    'credit-code': 'same unified social credit code',
    phone: 'same phone number',
    email: 'same email address',
    name: 'same name after normalisation',
    pinyin: 'same name in pinyin',
  },
  'zh-CN': {
    'credit-code': '统一社会信用代码相同',
    phone: '电话号码相同',
    email: '电子邮箱相同',
    name: '规范化后名称相同',
    pinyin: '名称拼音相同',
  },
};

/**
 * A reason in words.
 *
 * @example
 * describeDuplicateReason('zh-CN', 'phone') // '电话号码相同'
 */
export function describeDuplicateReason(locale: Locale, reason: DuplicateReason): string {
  return translate(messages, locale, reason);
}

function keysOf(candidate: DuplicateCandidate): [DuplicateReason, string][] {
  const keys: [DuplicateReason, string][] = [];
  const code = candidate.creditCode?.normalize('NFKC').trim().toUpperCase();
  if (code) keys.push(['credit-code', code]);
  for (const phone of candidate.phones ?? []) {
    const digits = normalisePhone(phone);
    if (digits.length >= 7) keys.push(['phone', digits]);
  }
  for (const email of candidate.emails ?? []) {
    const address = normaliseEmail(email);
    if (address.includes('@')) keys.push(['email', address]);
  }
  for (const name of [candidate.name, candidate.nameEn]) {
    if (!name) continue;
    const normal = normaliseName(name);
    if (normal.length >= 2) keys.push(['name', normal]);
    const sound = pinyinKey(name);
    if (sound.length >= 4 && sound !== normal) keys.push(['pinyin', sound]);
  }
  return keys;
}

/**
 * Finds likely duplicates among records: same credit code, phone or email, or names equal
 * after normalisation (full-width/half-width, company suffixes) or in pinyin. Records are
 * grouped by each key, so the cost grows with the number of matches, not with n².
 *
 * @example
 * findDuplicates([
 *   { id: 'c1', name: '杭州西子贸易有限公司' },
 *   { id: 'c2', name: '杭州西子贸易公司', phones: ['0571-8888 1234'] },
 * ]) // [{ a: 'c1', b: 'c2', score: 0.8, reasons: ['name'] }]
 */
export function findDuplicates(
  candidates: readonly DuplicateCandidate[],
  options: { minScore?: number; maxGroupSize?: number } = {},
): DuplicatePair[] {
  const { minScore = 0.5, maxGroupSize = 50 } = options;
  const groups = new Map<string, string[]>();
  for (const candidate of candidates) {
    for (const [reason, key] of keysOf(candidate)) {
      const groupKey = `${reason}\u0000${key}`;
      const members = groups.get(groupKey);
      if (!members) groups.set(groupKey, [candidate.id]);
      else if (!members.includes(candidate.id)) members.push(candidate.id);
    }
  }
  const pairs = new Map<string, Set<DuplicateReason>>();
  for (const [groupKey, members] of groups) {
    // A key shared by very many records (a switchboard number) is not evidence.
    if (members.length < 2 || members.length > maxGroupSize) continue;
    const reason = groupKey.slice(0, groupKey.indexOf('\u0000')) as DuplicateReason;
    const sorted = [...members].sort(compareCodePoints);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const pairKey = `${sorted[i]}\u0000${sorted[j]}`;
        let reasons = pairs.get(pairKey);
        if (!reasons) pairs.set(pairKey, (reasons = new Set()));
        reasons.add(reason);
      }
    }
  }
  const result: DuplicatePair[] = [];
  for (const [pairKey, reasonSet] of pairs) {
    const [a, b] = pairKey.split('\u0000') as [string, string];
    // Equal names have equal pinyin: the sound is evidence only when the spelling differs.
    if (reasonSet.has('name')) reasonSet.delete('pinyin');
    const reasons = duplicateReasons.filter((reason) => reasonSet.has(reason));
    const score = 1 - reasons.reduce((rest, reason) => rest * (1 - duplicateReasonWeights[reason]), 1);
    if (score >= minScore) result.push({ a, b, score, reasons });
  }
  return result.sort((x, y) => y.score - x.score || compareCodePoints(x.a, y.a) || compareCodePoints(x.b, y.b));
}
