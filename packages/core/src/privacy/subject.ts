import type { RecordKind } from '../schema/stored-record.js';
import { recordFieldRules } from './rules.js';

/**
 * Subject access and erasure (domain.md §6): everything held about one person as JSON, and
 * anonymisation of their records — personal fields removed, the name replaced by a pseudonym —
 * while business facts (transactions, grades) stay, so aggregate totals are unchanged.
 */

/** Everything held about one customer, as the subject-access export returns it. */
export interface SubjectExport {
  readonly customerId: string;
  /** ISO instant of the export. */
  readonly exportedAt: string;
  /** Current records by kind. */
  readonly records: Partial<Record<RecordKind, unknown[]>>;
  /** Every revision of the customer and its contacts. */
  readonly history: { kind: RecordKind; id: string; revisions: unknown[] }[];
  /** The audit entries about the customer. */
  readonly audit: unknown[];
}

function removeAt(target: unknown, segments: readonly string[]): void {
  if (target === null || typeof target !== 'object') return;
  const [head, ...rest] = segments as [string, ...string[]];
  const keys = head === '*' ? Object.keys(target) : [head];
  for (const key of keys) {
    if (!(key in target)) continue;
    if (rest.length === 0) {
      if (Array.isArray(target)) (target as unknown[])[Number(key)] = null;
      else delete (target as Record<string, unknown>)[key];
    } else removeAt((target as Record<string, unknown>)[key], rest);
  }
}

// Fields a record cannot go without: emptied instead of removed.
const requiredEmpty: Partial<Record<RecordKind, Record<string, unknown>>> = {
  customer: { addresses: [], credit: {}, profiles: {} },
  contact: { buyingRoles: [], personality: [] },
};

/**
 * A copy of a record with every confidential and secret field removed and the name replaced:
 * what erasure leaves of a person's customer record, contact or interaction. Transactions keep
 * their amounts (the totals of analytics must not change), so erase them only by policy.
 *
 * @example
 * anonymiseRecord('customer', person, { name: '已注销客户 3f09c1' })
 */
export function anonymiseRecord<T extends Record<string, unknown>>(kind: RecordKind, record: T, options: { name: string }): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  for (const rule of recordFieldRules(kind, record)) {
    if (rule.sensitivity === 'confidential' || rule.sensitivity === 'secret') removeAt(copy, rule.path.split('.'));
  }
  if ('name' in record) copy.name = { zh: options.name };
  for (const [key, empty] of Object.entries(requiredEmpty[kind] ?? {})) if (!(key in copy)) copy[key] = structuredClone(empty);
  // Notes and free text may name the person whatever their sensitivity.
  for (const key of ['notes', 'summary', 'content', 'remark']) delete copy[key];
  return copy as T;
}

/**
 * The personal values of records, for checking after an erasure that none is left anywhere:
 * every string of a confidential or secret field, and the name.
 *
 * @example
 * const traces = personalValues('customer', person); // ['王芳', '13812341234', …]
 */
export function personalValues(kind: RecordKind, record: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 2) out.add(value);
    else if (value !== null && typeof value === 'object') for (const child of Object.values(value)) collect(child);
  };
  const take = (target: unknown, segments: readonly string[]) => {
    if (segments.length === 0) return collect(target);
    if (target === null || typeof target !== 'object') return;
    const [head, ...rest] = segments as [string, ...string[]];
    for (const key of head === '*' ? Object.keys(target) : [head]) take((target as Record<string, unknown>)[key], rest);
  };
  for (const rule of recordFieldRules(kind, record)) if (rule.sensitivity === 'confidential' || rule.sensitivity === 'secret') take(record, rule.path.split('.'));
  collect(record.name);
  return [...out];
}
