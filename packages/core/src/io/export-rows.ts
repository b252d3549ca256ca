import type { Locale } from '../i18n/locale.js';
import { recordFields } from '../schema/fields.js';
import type { RecordKind } from '../schema/stored-record.js';
import { writeCell } from './cells.js';
import { recogniseHeader, type ColumnMapping } from './mapping.js';
import { catalogIndex, entryOf, flattenRecord, pathSegments } from './paths.js';
import type { WorkbookCell } from './xlsx.js';
import { abcGrades, rfmSegments } from '../enums/vocabularies.js';
import { vocabularyLabel } from '../enums/labels.js';
import type { GradingResult } from '../grading/result.js';

/** Rows ready for `writeCsv` / `writeXlsx`: the header row first, and the mapping that reads them back. */
export interface ExportTable {
  readonly rows: WorkbookCell[][];
  readonly mapping: ColumnMapping;
}

/** Options of {@link exportRecords}. */
export interface ExportRecordsOptions {
  locale?: Locale;
  /** Catalogue paths to export (`name.zh`, `addresses[].city` …), in order; all fields that hold a value by default. */
  fields?: readonly string[];
}

function columnOrder(paths: Iterable<string>, catalogOrder: ReadonlyMap<string, number>): string[] {
  const rank = (path: string) => catalogOrder.get(path.replace(/\[\d+\]/g, '[]')) ?? Number.MAX_SAFE_INTEGER;
  const indexes = (path: string) => pathSegments(path).filter((s): s is number => typeof s === 'number');
  return [...paths].sort((a, b) => {
    const ia = indexes(a);
    const ib = indexes(b);
    // Group by array element first (all of address 1, then address 2), then catalogue order.
    const prefixA = a.replace(/\[\d+\].*$/, '');
    const prefixB = b.replace(/\[\d+\].*$/, '');
    if (prefixA === prefixB && ia.length > 0 && ib.length > 0) {
      for (let i = 0; i < Math.min(ia.length, ib.length); i++) if (ia[i] !== ib[i]) return ia[i]! - ib[i]!;
    }
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/**
 * Lays stored records out as a sheet (the customer list, 客户一览表, when `kind` is `customer`):
 * one column per field that holds a value, headed by its label in the locale (with the field path
 * in `<…>` when the label alone would not be read back as that field), one row per record, every
 * text cell neutralised against formula injection by the writer. `importRows` with the returned mapping (or with
 * `suggestMapping` on the headers) gives the same records back.
 *
 * @example
 * const { rows } = exportRecords('customer', customers, { locale: 'zh-CN' });
 * await writeXlsx(rows, { sheetName: '客户一览表' });
 */
export function exportRecords(kind: RecordKind, records: readonly unknown[], options: ExportRecordsOptions = {}): ExportTable {
  const locale = options.locale ?? 'en';
  const catalog = recordFields[kind];
  const index = catalogIndex(catalog);
  const order = new Map(catalog.map((entry, i) => [entry.path, i]));
  const flat = records.map((record) => flattenRecord(record, index));
  const present = new Set<string>();
  for (const cells of flat) for (const path of cells.keys()) present.add(path);
  const wanted = options.fields ? new Set(options.fields) : undefined;
  const paths = columnOrder(
    [...present].filter((path) => wanted === undefined || wanted.has(path.replace(/\[\d+\]/g, '[]'))),
    wanted ? new Map(options.fields!.map((p, i) => [p, i])) : order,
  );
  const headers = paths.map((path) => {
    const label = entryOf(index, path)?.label[locale] ?? path;
    return recogniseHeader(kind, label) === path ? label : `${label} <${path}>`;
  });
  // Two fields with the same label would be read back as one: qualify repeats.
  const counts = new Map<string, number>();
  for (const header of headers) counts.set(header, (counts.get(header) ?? 0) + 1);
  const finalHeaders = headers.map((header, i) => ((counts.get(header) ?? 0) > 1 && !header.endsWith('>') ? `${header} <${paths[i]}>` : header));
  const rows: WorkbookCell[][] = [finalHeaders];
  for (const cells of flat) rows.push(paths.map((path) => writeCell(entryOf(index, path), cells.get(path), locale)));
  const idKey = paths.includes('id') ? ['id'] : paths.slice(0, 1);
  return { rows, mapping: { version: 1, kind, columns: Object.fromEntries(finalHeaders.map((h, i) => [h, paths[i]!])), key: idKey } };
}

const gradingHeaders: Record<Locale, Record<'customerId' | 'name' | 'grade' | 'gradeLabel' | 'explanation', string>> = {
  en: { customerId: 'Customer id', name: 'Name', grade: 'Grade', gradeLabel: 'Grade name', explanation: 'Explanation' },
  'zh-CN': { customerId: '客户编号', name: '客户名称', grade: '等级', gradeLabel: '等级名称', explanation: '说明' },
};

/**
 * Lays a grading result out as a sheet: customer id, name (when `names` knows it), grade code,
 * grade label and the explanation sentence, all in the locale.
 *
 * @example
 * const rows = exportGrading(result, { locale: 'zh-CN', names: new Map([['C-1', '杭州西子贸易']]) });
 * writeCsv(rows)
 */
export function exportGrading(result: GradingResult, options: { locale?: Locale; names?: ReadonlyMap<string, string> } = {}): WorkbookCell[][] {
  const locale = options.locale ?? 'en';
  const h = gradingHeaders[locale];
  const rows: WorkbookCell[][] = [[h.customerId, h.name, h.grade, h.gradeLabel, h.explanation]];
  for (const row of result.toRows({ locale })) {
    const grade = String(row.grade);
    const label = (abcGrades as readonly string[]).includes(grade)
      ? vocabularyLabel(locale, 'abcGrades', grade as never)
      : (rfmSegments as readonly string[]).includes(grade)
        ? vocabularyLabel(locale, 'rfmSegments', grade as never)
        : grade;
    rows.push([row.customerId, options.names?.get(row.customerId) ?? '', grade, label, row.sentence]);
  }
  return rows;
}
