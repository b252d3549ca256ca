import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  dateOrders,
  headerMatcher,
  importReportRows,
  importRows,
  parseMapping,
  readCsv,
  readXlsx,
  recordKinds,
  resolveLocale,
  serialiseMapping,
  suggestMapping,
  translate,
  writeCsv,
  type DateOrder,
  type ImportResult,
  type Locale,
  type RecordKind,
  type StoredJson,
  type TextEncodingName,
} from '@dossier/core';
import type { CliIo } from '../io.js';
import { ImportExportError, importExportMessages, readArchive, sheetNote, writeArchive } from './import-archive.js';

/**
 * `dossier import <file> --archive archive.json`: reads a `.xlsx` or `.csv` (UTF-8 with or
 * without BOM, or GBK) of customers, contacts or transactions, maps its columns (recognised
 * headers, or a saved mapping), validates every row and upserts the good ones into the archive
 * by the key; the bad ones are listed (line, column, value, reason) on standard error or in
 * `--report`. Exit status 0 when every row was imported, 2 when some were rejected.
 *
 * @example
 * const status = await importCommand(['客户.xlsx', '--archive', 'archive.json', '--locale', 'zh-CN'], processIo());
 */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = resolveLocale(io.env.LC_ALL || io.env.LANG);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        archive: { type: 'string' },
        kind: { type: 'string', default: 'customer' },
        mapping: { type: 'string' },
        'save-mapping': { type: 'string' },
        key: { type: 'string' },
        report: { type: 'string' },
        encoding: { type: 'string', default: 'auto' },
        now: { type: 'string' },
        'date-order': { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.locale) locale = resolveLocale(values.locale);
    const t = (key: keyof (typeof importExportMessages)['en'], params?: Record<string, string | number>) => translate(importExportMessages, locale, key, params);
    if (values.help) {
      io.stdout.write(`${t('usage.import')}\n`);
      return 0;
    }
    const file = positionals[0];
    if (file === undefined || values.archive === undefined || !(recordKinds as readonly string[]).includes(values.kind!)) throw new ImportExportError(t('usage.import'));
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new ImportExportError(t('noFile', { file }));
    const kind = values.kind as RecordKind;
    const dateOrder = values['date-order'] as DateOrder | undefined;
    if (dateOrder !== undefined && !(dateOrders as readonly string[]).includes(dateOrder)) throw new ImportExportError(t('usage.import'));
    const bytes = new Uint8Array(await readFile(path));
    const saved = values.mapping ? parseMapping(await readFile(resolve(io.cwd, values.mapping), 'utf8'), locale) : undefined;
    const isHeader = headerMatcher(kind, saved?.columns);
    const table = extname(path).toLowerCase() === '.xlsx' ? await readXlsx(bytes, { locale, isHeader }) : readCsv(bytes, { locale, encoding: values.encoding as TextEncodingName, isHeader });
    const where = sheetNote(table, locale);
    if (where) io.stderr.write(`${file}: ${where}\n`);
    let mapping = saved ?? suggestMapping(kind, table.headers, table.rows);
    if (values.key) mapping = { ...mapping, key: values.key.split(',') };
    if (values['save-mapping']) await writeFile(resolve(io.cwd, values['save-mapping']), serialiseMapping(mapping));
    const archivePath = resolve(io.cwd, values.archive);
    const archive = await readArchive(archivePath, locale);
    const existing = (archive[kind] ?? []) as StoredJson[];
    const result = importRows(table, mapping, { now: values.now ?? new Date().toISOString(), locale, existing, ...(dateOrder ? { dateOrder } : {}) });
    await writeArchive(archivePath, merged(archive, result));
    io.stderr.write(`${t('summary', { file, ...result.counts })}\n`);
    if (result.issues.length > 0) {
      if (values.report) {
        await writeFile(resolve(io.cwd, values.report), writeCsv(importReportRows(result.issues, locale)));
        io.stderr.write(`${t('reportWritten', { file: values.report })}\n`);
      } else for (const issue of result.issues) io.stderr.write(`${file}:${issue.line}${issue.column ? `:${issue.column}` : ''}: ${issue.reason}\n`);
    }
    return result.counts.rejected > 0 ? 2 : 0;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

function merged(archive: Awaited<ReturnType<typeof readArchive>>, result: ImportResult) {
  const out = { ...archive };
  const upsert = (kind: RecordKind, records: readonly { record: StoredJson }[]) => {
    const byId = new Map((out[kind] ?? []).map((r) => [String(r.id), r]));
    for (const { record } of records) byId.set(record.id, record);
    out[kind] = [...byId.values()];
  };
  upsert(result.kind, result.records);
  if (result.contacts.length > 0) upsert('contact', result.contacts);
  return out;
}
