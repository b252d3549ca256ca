import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportRecords, recordKinds, translate, writeCsv, writeXlsx, type Locale, type RecordKind } from '@dossier/core';
import type { CliIo } from '../io.js';
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
    if (archivePath === undefined || target === undefined || !(recordKinds as readonly string[]).includes(kindText)) {
      throw new ImportExportError(translate(importExportMessages, locale, 'usage.export'));
    }
    const kind = kindText as RecordKind;
    const archive = await readArchive(resolve(io.cwd, archivePath), locale);
    const records = archive[kind] ?? [];
    const { rows } = exportRecords(kind, records, { locale });
    const out = resolve(io.cwd, target);
    if (extname(out).toLowerCase() === '.xlsx') await writeFile(out, await writeXlsx(rows, { sheetName: sheetNames[locale][kind] ?? kind }));
    else await writeFile(out, writeCsv(rows));
    io.stderr.write(`${translate(importExportMessages, locale, 'exported', { count: records.length, file: target })}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
