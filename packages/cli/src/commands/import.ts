import { createReadStream, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, extname, resolve } from 'node:path';
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
  type ColumnMapping,
  type DateOrder,
  type ImportResult,
  type ImportRowsOptions,
  type SheetTable,
  type TextEncodingName,
  type Locale,
  type RecordKind,
  type StoredJson,
  textEncodings,
} from '@dossier/core';
import { columnOverrides, fieldPath, mapOption } from '../csv/columns.js';
import type { ColumnOverrides } from '../csv/columns.js';
import { readTransactionsCsv, readTransactionsXlsx } from '../csv/read-transactions.js';
import { openCsvFile } from '../csv/stream-csv.js';
import { storeKinds } from '@dossier/storage-adapters';
import { listEvery, openDatabase } from '../database.js';
import type { BookDatabase } from '../database.js';
import { CliError } from '../errors.js';
import { messages } from '../messages.js';
import type { MessageKey as CliMessageKey } from '../messages.js';
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
    const databaseUrl = option('database-url') ?? (io.env.DATABASE_URL || undefined);
    // An archive file wins; without one the records go to PostgreSQL.
    const target = option('archive') !== undefined ? undefined : databaseUrl;
    if (file === undefined || (option('archive') === undefined && target === undefined) || !(recordKinds as readonly string[]).includes(kindText)) {
      throw new ImportExportError(t('usage.import'));
    }
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new ImportExportError(t('noFile', { file }));
    const kind = kindText as RecordKind;
    const dateOrder = oneOf('--date-order', option('date-order'), dateOrders);
    const encoding = oneOf('--encoding', option('encoding'), textEncodings) ?? 'auto';
    const saved = option('mapping') ? parseMapping(await readFile(resolve(io.cwd, option('mapping')!), 'utf8'), locale) : undefined;
    if (target !== undefined && kind === 'transaction') {
      // A book of millions of lines: read into columns (as grade reads it) and imported in chunks.
      const overrides = columnOverrides((values.map as string[] | undefined) ?? [], saved, 'transaction');
      return await importLines(path, { file, url: target, schema: option('database-schema'), encoding, overrides, dateOrder, locale }, io);
    }
    const bytes = new Uint8Array(await readFile(path));
    const maps = mapOptions((values.map as string[] | undefined) ?? []);
    const isHeader = headerMatcher(kind, { ...saved?.columns, ...maps });
    const table = extname(path).toLowerCase() === '.xlsx' ? await readXlsx(bytes, { locale, isHeader }) : readCsv(bytes, { locale, encoding, isHeader });
    const where = sheetNote(table, locale);
    if (where) io.stderr.write(`${file}: ${where}\n`);
    let mapping = saved ?? suggestMapping(kind, table.headers, table.rows);
    if (Object.keys(maps).length > 0) mapping = { ...mapping, columns: { ...mapping.columns, ...maps } };
    if (option('key')) mapping = { ...mapping, key: option('key')!.split(',').map((k) => k.trim()) };
    if (option('save-mapping')) await writeFile(resolve(io.cwd, option('save-mapping')!), serialiseMapping(mapping));
    const rowOptions = { now: option('now') ?? new Date().toISOString(), locale, ...(dateOrder ? { dateOrder } : {}) };
    let result: ImportResult;
    if (target !== undefined) {
      const db = await openDatabase({ url: target, schema: option('database-schema'), locale }, io);
      try {
        result = await importIntoDatabase(db, table, mapping, { ...rowOptions, locale });
      } finally {
        await db.close();
      }
    } else {
      const archivePath = resolve(io.cwd, option('archive')!);
      const archive = await readArchive(archivePath, locale);
      // Keyless transaction lines are named by file and line: a re-run of the same file replaces them.
      const importId = importIdOf(file, createHash('sha256').update(bytes).digest('hex'));
      const newId = kind === 'transaction' && mapping.key.length === 0 ? { newId: (_key: string, line: number) => `${importId}:${line}` } : {};
      result = importRows(table, mapping, { ...rowOptions, ...newId, existing: (archive[kind] ?? []) as StoredJson[] });
      await writeArchive(archivePath, merged(archive, result));
    }
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

/** Names an import by its file and content: running the same file again finds its lines stored (no duplicates). */
function importIdOf(file: string, hash: string): string {
  return `${basename(file)}#${hash.slice(0, 16)}`;
}

/**
 * Imports a transactions file into the PostgreSQL store as `dossier grade` reads it (columns, the
 * same header recognition and number reading; the first bad value stops it, naming line and
 * column, before anything is written) through `importTransactions`, chunk by atomic chunk with
 * progress on standard error. Line `i` gets the id `importId:i`, the import id made of the file's
 * name and content: a re-run of the same file writes nothing twice, identical lines of the file
 * stay distinct lines.
 */
async function importLines(
  path: string,
  options: { file: string; url: string; schema: string | undefined; encoding: TextEncodingName; overrides: ColumnOverrides; dateOrder: DateOrder | undefined; locale: Locale },
  io: CliIo,
): Promise<number> {
  const { file, locale } = options;
  const t = (key: CliMessageKey, params: Record<string, string | number>) => translate(messages, locale, key, params);
  const read = { name: file, encoding: options.encoding, overrides: options.overrides, dateOrder: options.dateOrder, onHeader: headerNote(file, locale, io) };
  const columns =
    extname(path).toLowerCase() === '.xlsx' ? await readTransactionsXlsx(new Uint8Array(await readFile(path)), read) : await readTransactionsCsv(openCsvFile(path, file).stream, read);
  const importId = importIdOf(file, await fileHash(path));
  const db = await openDatabase({ url: options.url, schema: options.schema, locale }, io);
  try {
    let done = 0;
    const subscription = db.store.subscribe((event) => {
      done += event.bulk?.count ?? 0;
      if (event.bulk) db.progress(t('database.progress', { done, total: columns.length }));
    });
    const written = await db.store.importTransactions(columns, { importId }).catch(db.fail).finally(() => subscription.unsubscribe());
    db.progress(t('database.imported', { ...written, file, importId }));
    return 0;
  } finally {
    await db.close();
  }
}

/** Tells on standard error where the header was found when title rows were skipped. */
function headerNote(file: string, locale: Locale, io: CliIo) {
  return (line: number, titleLines: readonly number[]) => {
    if (titleLines.length > 0) io.stderr.write(`${translate(messages, locale, 'note.header', { file, line, lines: titleLines.join(', ') })}\n`);
  };
}

/** The SHA-256 of a file, read as a stream. */
async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes an import of customers, contacts … into the PostgreSQL store: upserted by the mapping's
 * key against the stored records, in batches of 500.
 */
async function importIntoDatabase(
  db: BookDatabase,
  table: SheetTable,
  mapping: ColumnMapping,
  options: ImportRowsOptions & { locale: Locale },
): Promise<ImportResult> {
  const { store } = db;
  const t = (key: CliMessageKey, params: Record<string, string | number>) => translate(messages, options.locale, key, params);
  const storeKind = storeKinds.find((k) => k === mapping.kind);
  if (storeKind === undefined) return db.fail(new Error(`the store keeps no ${mapping.kind} records`));
  const existing = (await listEvery(store, storeKind).catch(db.fail)).map((value) => JSON.parse(JSON.stringify(value)) as StoredJson);
  db.progress(t('database.listed', { count: existing.length, kind: mapping.kind }));
  const result = importRows(table, mapping, { ...options, existing });
  const writes = [...result.records, ...result.contacts].filter((r) => r.action !== 'unchanged');
  for (let i = 0; i < writes.length; i += 500) {
    const ops = writes.slice(i, i + 500).map(({ record }) => ({ op: 'put', kind: record === undefined ? mapping.kind : kindOf(record, mapping.kind), value: record }));
    await store.batch(ops as unknown as Parameters<typeof store.batch>[0]).catch(db.fail);
  }
  db.progress(t('database.stored', { count: writes.length, kind: mapping.kind }));
  return result;
}

/** Contacts created by a customer import carry a `customerId`: they go to the contact kind. */
function kindOf(record: StoredJson, kind: RecordKind): RecordKind {
  return kind === 'customer' && typeof record.customerId === 'string' ? 'contact' : kind;
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
