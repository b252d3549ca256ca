import type { RecordKind } from '../schema/stored-record.js';
import { recordCatalog, recordFieldRules } from './rules.js';

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

type Holder = Record<string | number, unknown>;

/** What an erased free text that the record cannot go without reads. */
export const erasedText = '***';

const segmentsOf = (path: string) => path.replace(/\[\]/g, '.*').split('.');

// A required list that was removed comes back empty wherever its holder still exists.
function restoreEmptyList(node: unknown, segments: readonly string[]): void {
  if (node === null || typeof node !== 'object') return;
  const [head, ...rest] = segments as [string, ...string[]];
  if (rest.length === 0) {
    if (!(head in node)) (node as Holder)[head] = [];
    return;
  }
  for (const key of head === '*' ? Object.keys(node) : [head]) restoreEmptyList((node as Holder)[key], rest);
}

// Where a required field is gone, the object that held it goes too: an address without its
// province, a child without a name, an owner's sketch without the owner's name. An array keeps
// a null in that place until `compact`.
function dropIncomplete(root: unknown, segments: readonly string[]): void {
  const walk = (node: unknown, rest: readonly string[], holder: Holder | undefined, key: string | number | undefined) => {
    if (node === null || typeof node !== 'object') return;
    const [head, ...tail] = rest as [string, ...string[]];
    if (tail.length === 0) {
      if (!(head in node) && holder !== undefined && key !== undefined) {
        if (Array.isArray(holder)) holder[key] = null;
        else delete holder[key];
      }
      return;
    }
    for (const child of head === '*' ? Object.keys(node) : [head]) walk((node as Holder)[child], tail, node as Holder, Array.isArray(node) ? Number(child) : child);
  };
  walk(root, segments, undefined, undefined);
}

function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== null).map(compact);
  if (node === null || typeof node !== 'object' || node instanceof Date) return node;
  for (const [key, value] of Object.entries(node)) (node as Holder)[key] = compact(value);
  return node;
}

/**
 * A copy of a record with every confidential and secret field removed and the name replaced:
 * what erasure leaves of a person's customer record, contact or interaction. It stays a valid
 * record: a required list is emptied, and an object that lost a required field (an address, a
 * child, a key person's sketch) goes with it. Transactions keep their amounts (the totals of
 * analytics must not change), so erase them only by policy.
 *
 * @example
 * anonymiseRecord('customer', person, { name: '已注销客户 3f09c1' })
 */
export function anonymiseRecord<T extends Record<string, unknown>>(kind: RecordKind, record: T, options: { name: string }): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const catalog = recordCatalog(kind, record);
  for (const entry of catalog) {
    if (entry.sensitivity !== 'confidential' && entry.sensitivity !== 'secret') continue;
    removeAt(copy, segmentsOf(entry.path));
    if (entry.list && !entry.optional) restoreEmptyList(copy, segmentsOf(entry.path));
  }
  // Deepest first, so that an object dropped inside another is gone before its holder is checked.
  const required = catalog.filter((entry) => !entry.optional && !entry.list).map((entry) => segmentsOf(entry.path));
  for (const segments of required.sort((a, b) => b.length - a.length)) if (segments.length > 1) dropIncomplete(copy, segments);
  compact(copy);
  // A former customer keeps a reason it stopped (its stage requires one), but not what it said.
  const relationship = copy['relationship'] as Holder | undefined;
  if (kind === 'customer' && relationship?.['stage'] === 'former' && relationship['stopReason'] === undefined) relationship['stopReason'] = erasedText;
  if ('name' in record) copy.name = { zh: options.name };
  for (const [key, empty] of Object.entries(requiredEmpty[kind] ?? {})) if (!(key in copy)) copy[key] = structuredClone(empty);
  // Notes and free text may name the person whatever their sensitivity.
  for (const key of ['notes', 'summary', 'content', 'remark']) delete copy[key];
  return copy as T;
}

// Every string of two characters or more at `segments` (`*` steps into every key), into `out`.
function collectStrings(target: unknown, segments: readonly string[], out: Set<string>): void {
  if (segments.length === 0) {
    if (typeof target === 'string' && target.length >= 2) out.add(target);
    else if (target !== null && typeof target === 'object') for (const child of Object.values(target)) collectStrings(child, [], out);
    return;
  }
  if (target === null || typeof target !== 'object') return;
  const [head, ...rest] = segments as [string, ...string[]];
  for (const key of head === '*' ? Object.keys(target) : [head]) collectStrings((target as Record<string, unknown>)[key], rest, out);
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
  for (const rule of recordFieldRules(kind, record)) if (rule.sensitivity === 'confidential' || rule.sensitivity === 'secret') collectStrings(record, rule.path.split('.'), out);
  collectStrings(record.name, [], out);
  return [...out];
}

// Kinds of value that point at a person wherever they turn up in free text. Enums, dates,
// amounts and the coarse parts of an address (province, city, district) do not: scrubbing
// '杭州市' or 'male' out of a product name or a category would corrupt the business data.
const identifyingKinds = new Set(['name', 'text', 'tags', 'mobile', 'phone', 'email', 'id-number']);
const coarseAddressParts = new Set(['province', 'city', 'district']);

/**
 * The values of a record that identify its person and must not survive an erasure in free text
 * elsewhere (a transaction's note, a competitor note): names, mobiles and phones, e-mails, ID
 * numbers, street addresses and confidential or secret texts — never enum values, dates or
 * the province/city/district of an address. Strings shorter than two characters are left out.
 *
 * @example
 * identifyingValues('customer', person) // ['王芳', '13812341234', 'wangfang@example.com', '文三路90号', …]
 */
export function identifyingValues(kind: RecordKind, record: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const entry of recordCatalog(kind, record)) {
    if (entry.sensitivity !== 'confidential' && entry.sensitivity !== 'secret') continue;
    const segments = segmentsOf(entry.path);
    const identifying = identifyingKinds.has(entry.kind) || (entry.kind === 'address' && !coarseAddressParts.has(segments[segments.length - 1]!));
    if (identifying) collectStrings(record, segments, out);
  }
  collectStrings(record.name, [], out);
  return [...out];
}
