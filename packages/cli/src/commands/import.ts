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
  serialiseMapping,
  suggestMapping,
  translate,
  writeCsv,
  type ImportResult,
  type Locale,
  type RecordKind,
  type StoredJson,
  textEncodings,
} from '@dossier/core';
import { fieldPath, mapOption } from '../csv/columns.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { argsConfig, helpText, invocationLocale } from '../options.js';
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
  const locale: Locale = invocationLocale(argv, io.env);
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: argsConfig('import') });
    const option = (name: string) => values[name] as string | undefined;
    const t = (key: keyof (typeof importExportMessages)['en'], params?: Record<string, string | number>) => translate(importExportMessages, locale, key, params);
    if (values.help) {
      io.stdout.write(helpText('import', locale));
      return 0;
    }
    const file = positionals[0];
    const kindText = option('kind') ?? 'customer';
    if (file === undefined || option('archive') === undefined || !(recordKinds as readonly string[]).includes(kindText)) throw new ImportExportError(t('usage.import'));
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new ImportExportError(t('noFile', { file }));
    const kind = kindText as RecordKind;
    const dateOrder = oneOf('--date-order', option('date-order'), dateOrders);
    const encoding = oneOf('--encoding', option('encoding'), textEncodings) ?? 'auto';
    const bytes = new Uint8Array(await readFile(path));
    const saved = option('mapping') ? parseMapping(await readFile(resolve(io.cwd, option('mapping')!), 'utf8'), locale) : undefined;
    const maps = mapOptions((values.map as string[] | undefined) ?? []);
    const isHeader = headerMatcher(kind, { ...saved?.columns, ...maps });
    const table = extname(path).toLowerCase() === '.xlsx' ? await readXlsx(bytes, { locale, isHeader }) : readCsv(bytes, { locale, encoding, isHeader });
    const where = sheetNote(table, locale);
    if (where) io.stderr.write(`${file}: ${where}\n`);
    let mapping = saved ?? suggestMapping(kind, table.headers, table.rows);
    if (Object.keys(maps).length > 0) mapping = { ...mapping, columns: { ...mapping.columns, ...maps } };
    if (option('key')) mapping = { ...mapping, key: option('key')!.split(',').map((k) => k.trim()) };
    if (option('save-mapping')) await writeFile(resolve(io.cwd, option('save-mapping')!), serialiseMapping(mapping));
    const archivePath = resolve(io.cwd, option('archive')!);
    const archive = await readArchive(archivePath, locale);
    const existing = (archive[kind] ?? []) as StoredJson[];
    const result = importRows(table, mapping, { now: option('now') ?? new Date().toISOString(), locale, existing, ...(dateOrder ? { dateOrder } : {}) });
    await writeArchive(archivePath, merged(archive, result));
    io.stderr.write(`${t('summary', { file, ...result.counts })}\n`);
    if (result.issues.length > 0) {
      if (option('report')) {
        await writeFile(resolve(io.cwd, option('report')!), writeCsv(importReportRows(result.issues, locale)));
        io.stderr.write(`${t('reportWritten', { file: option('report')! })}\n`);
      } else for (const issue of result.issues) io.stderr.write(`${file}:${issue.line}${issue.column ? `:${issue.column}` : ''}: ${issue.reason}\n`);
    }
    return result.counts.rejected > 0 ? 2 : 0;
  } catch (error) {
    const message = error instanceof CliError ? error.messageIn(locale) : error instanceof Error ? error.message : String(error);
    io.stderr.write(`${message}\n`);
    return 2;
  }
}

/** An option's value checked against its allowed values (a `CliError` naming them otherwise). */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError('invalid-option', { option, value, expected: allowed.join(' | ') });
  return value as T;
}

/** `--map header=field` options as mapping columns (field paths of core; an empty field skips the column). */
function mapOptions(maps: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const map of maps) {
    const [header, field] = mapOption(map);
    out[header] = fieldPath(field);
  }
  return out;
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
