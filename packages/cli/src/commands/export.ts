import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportRecords, recordKinds, translate, writeCsv, writeXlsx, type Locale, type RecordKind } from '@dossier/core';
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
    const records = databaseUrl === undefined ? ((await readArchive(resolve(io.cwd, archivePath!), locale))[kind] ?? []) : await readFromDatabase(databaseUrl, option('database-schema'), kind, locale, io);
    const { rows } = exportRecords(kind, records, { locale });
    const out = resolve(io.cwd, target);
    if (extname(out).toLowerCase() === '.xlsx') await writeFile(out, await writeXlsx(rows, { sheetName: sheetNames[locale][kind] ?? kind }));
    else await writeFile(out, writeCsv(rows));
    io.stderr.write(`${translate(importExportMessages, locale, 'exported', { count: records.length, file: target })}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${error instanceof CliError ? error.messageIn(locale) : error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
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
