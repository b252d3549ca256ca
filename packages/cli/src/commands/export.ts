import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { anonymisedColumnLabel, anonymisedExport, exportRecords, importPseudonymKey, recordKinds, translate, writeCsv, writeXlsx, type Locale, type RecordKind, type SheetValue } from '@dossier/core';
import { storeKinds } from '@dossier/storage-adapters';
import { listEvery, openDatabase } from '../database.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import { argsConfig, helpText, invocationLocale } from '../options.js';
import { ImportExportError, importExportMessages, readArchive } from './import-archive.js';

const sheetNames: Record<Locale, Partial<Record<RecordKind, string>>> = {
  en: { customer: 'Customers', contact: 'Contacts', transaction: 'Transactions' },
  'zh-CN': { customer: '客户一览表', contact: '联系人', transaction: '交易记录' },
};

/**
 * `dossier export --archive archive.json --out 客户一览表.xlsx`: writes every record of a kind to
 * `.xlsx` or `.csv`, headed by the field labels in the locale, every text cell neutralised
 * against formula injection. `dossier import` reads the file back to the same records.
 *
 * @example
 * const status = await exportCommand(['--archive', 'archive.json', '--out', 'customers.csv'], processIo());
 */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale: Locale = invocationLocale(argv, io.env);
  try {
    const { values } = parseArgs({ args: [...argv], options: argsConfig('export') });
    const option = (name: string) => values[name] as string | undefined;
    if (values.help) {
      io.stdout.write(helpText('export', locale));
      return 0;
    }
    const kindText = option('kind') ?? 'customer';
    const archivePath = option('archive');
    const target = option('out');
    // An archive file wins; without one the records are read from PostgreSQL.
    const databaseUrl = archivePath === undefined ? (option('database-url') ?? (io.env.DATABASE_URL || undefined)) : undefined;
    if ((archivePath === undefined && databaseUrl === undefined) || target === undefined || !(recordKinds as readonly string[]).includes(kindText)) {
      throw new ImportExportError(translate(importExportMessages, locale, 'usage.export'));
    }
    const kind = kindText as RecordKind;
    if (values.anonymised && kind !== 'customer') throw new CliError('invalid-option', { option: '--kind', value: kind, expected: 'customer (with --anonymised)' });
    // The extension chooses the format: anything else would get a CSV under a name that lies.
    const format = extname(target).toLowerCase();
    if (format !== '.xlsx' && format !== '.csv') throw new CliError('invalid-option', { option: '--out', value: target, expected: '*.xlsx | *.csv' });
    // Import creates a missing archive; export from one would write an empty file and succeed.
    if (archivePath !== undefined && !existsSync(resolve(io.cwd, archivePath))) throw new CliError('file-not-found', { file: archivePath });
    const records = databaseUrl === undefined ? ((await readArchive(resolve(io.cwd, archivePath!), locale))[kind] ?? []) : await readFromDatabase(databaseUrl, option('database-schema'), kind, locale, io);
    const out = resolve(io.cwd, target);
    const write = async (rows: SheetValue[][]) => {
      if (format === '.xlsx') await writeFile(out, await writeXlsx(rows, { sheetName: sheetNames[locale][kind] ?? kind }));
      else await writeFile(out, writeCsv(rows));
    };
    if (values.anonymised) {
      const { rows, suppressed, k } = await anonymised(records, option('k'), option('key-file'), locale, io);
      await write(rows);
      io.stderr.write(`${translate(messages, locale, 'anonymised.summary', { count: rows.length - 1, file: target, suppressed, k })}\n`);
      return 0;
    }
    const { rows } = exportRecords(kind, records, { locale });
    await write(rows);
    io.stderr.write(`${translate(importExportMessages, locale, 'exported', { count: records.length, file: target })}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${error instanceof CliError ? error.messageIn(locale) : error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/**
 * The anonymised customers (core's `anonymisedExport`) as sheet rows headed in the locale: the
 * pseudonyms keyed by `--key-file` (else a fresh random key), groups under `--k` left out.
 */
async function anonymised(records: readonly unknown[], kText: string | undefined, keyFile: string | undefined, locale: Locale, io: CliIo): Promise<{ rows: SheetValue[][]; suppressed: number; k: number }> {
  const k = Number(kText ?? '5');
  if (!/^\d+$/.test(kText ?? '5') || k < 2) throw new CliError('invalid-option', { option: '--k', value: kText ?? '', expected: 'a whole number ≥ 2' });
  let secret: Uint8Array<ArrayBuffer>;
  if (keyFile === undefined) secret = crypto.getRandomValues(new Uint8Array(32));
  else {
    const bytes = await readFile(resolve(io.cwd, keyFile)).catch(() => {
      throw new CliError('file-not-found', { file: keyFile });
    });
    if (bytes.length < 16) throw new CliError('invalid-option', { option: '--key-file', value: keyFile, expected: 'a file of at least 16 bytes' });
    secret = new Uint8Array(bytes);
  }
  const exported = await anonymisedExport(records as ({ id: string } & Record<string, unknown>)[], { key: await importPseudonymKey(secret), k });
  return { rows: [exported.columns.map((c) => anonymisedColumnLabel(locale, c)), ...exported.rows.map((row) => exported.columns.map((c) => row[c] ?? ''))], suppressed: exported.suppressed, k };
}

/** Every live record of a kind in the PostgreSQL store, as stored JSON (instants as ISO text). */
async function readFromDatabase(url: string, schema: string | undefined, kind: RecordKind, locale: Locale, io: CliIo): Promise<unknown[]> {
  const db = await openDatabase({ url, schema, locale }, io);
  try {
    const storeKind = storeKinds.find((k) => k === kind);
    if (storeKind === undefined) return db.fail(new Error(`the store keeps no ${kind} records`));
    const records = (await listEvery(db.store, storeKind).catch(db.fail)).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    db.progress(translate(messages, locale, 'database.listed', { count: records.length, kind }));
    return records;
  } finally {
    await db.close();
  }
}
