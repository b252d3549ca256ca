import { findField, recordFields, type AuditEntry, type Locale } from '@dossier/core';
import { formatNumber } from '../shared/format.js';
import type { AuditLogMessage } from './messages.js';

type T = (key: AuditLogMessage, params?: Record<string, string | number>) => string;

/** A kind of record as the audit log names it ("联系人"), or undefined for a kind it does not know. */
export function kindLabel(t: T, kind: string): string | undefined {
  const key = `kind.${kind}` as AuditLogMessage;
  const label = t(key);
  return label === key ? undefined : label;
}

/** The label of a field path of a kind, from core's field catalogue; undefined when it has none. */
function catalogLabel(kind: string, path: string, locale: Locale): string | undefined {
  const catalog = (recordFields as Partial<Record<string, Parameters<typeof findField>[0]>>)[kind];
  if (!catalog) return undefined;
  const entry = findField(catalog, path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  return entry?.label[locale];
}

/** The count of an import's lines (`"7012 lines"`) or of a bulk write's records (`"120 records"`). */
const bulkCount = /^(\d+) (lines|records)$/;

/**
 * A bulk write as a person reads it, never by its import or batch id: one import
 * ("导入交易记录 7,012 条（3 位客户）") or the records of one kind a batch wrote
 * ("联系人 120 条（45 位客户）"); undefined for any other entry.
 */
export function bulkWriteName(t: T, entry: AuditEntry, locale: Locale): string | undefined {
  if (entry.action !== 'create' && entry.action !== 'update') return undefined;
  const counted = entry.fields?.length === 1 ? bulkCount.exec(entry.fields[0]!) : null;
  if (!counted) return undefined;
  const count = formatNumber(locale, Number(counted[1]));
  const what = counted[2] === 'lines' ? (counted[1] === '1' ? t('importLinesOne') : t('importLines', { count })) : t('bulkRecords', { kind: kindLabel(t, entry.kind) ?? '', count });
  const ids = entry.customerIds;
  if (!ids || ids.length === 0) return what;
  const customers = ids.length === 1 ? t('customersOne') : t('customersMany', { count: formatNumber(locale, ids.length) });
  return t('withCustomers', { what, customers });
}

/**
 * What an entry's `fields` say, as a person reads it: field labels from core's catalogue (a
 * field of another record of the customer as "联系人·手机"), the lines of an import and the
 * revisions of a purge counted, the records an erasure touched counted, a grading run as one
 * phrase. A key that has no label is never shown: it is counted in `unlabelled`.
 */
export function entryFieldLabels(t: T, entry: AuditEntry, locale: Locale): { labels: string[]; unlabelled: number } {
  const fields = entry.fields ?? [];
  if (fields.length === 0) return { labels: [], unlabelled: 0 };
  // A run's fields are the parts of the run record (asOf, policy, customers …): it is one grading.
  if (entry.kind === 'grading-run') return { labels: [t('field.run')], unlabelled: 0 };
  // An erasure lists the records it anonymised (`contact:P-1`).
  if (entry.action === 'erase' && fields.every((field) => /^[a-z-]+:/.test(field))) return { labels: [t('field.records', { count: formatNumber(locale, fields.length) })], unlabelled: 0 };
  // A bulk write's count is said by its record column (bulkWriteName).
  if (bulkWriteName(t, entry, locale) !== undefined) return { labels: [], unlabelled: 0 };
  const labels: string[] = [];
  let unlabelled = 0;
  for (const field of fields) {
    const counted = /^(\d+) (lines|revisions)$/.exec(field);
    if (counted) {
      labels.push(t(counted[2] === 'lines' ? 'field.lines' : 'field.revisions', { count: formatNumber(locale, Number(counted[1])) }));
      continue;
    }
    const colon = field.indexOf(':');
    const kind = colon > 0 ? field.slice(0, colon) : entry.kind;
    const path = colon > 0 ? field.slice(colon + 1) : field;
    const label = catalogLabel(kind, path, locale);
    const owner = colon > 0 ? kindLabel(t, kind) : undefined;
    if (!label || (colon > 0 && !owner)) unlabelled++;
    else labels.push(owner ? t('fieldOf', { kind: owner, field: label }) : label);
  }
  return { labels: [...new Set(labels)], unlabelled };
}
