import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportRecords, recordKinds, resolveLocale, translate, writeCsv, writeXlsx, type Locale, type RecordKind } from '@dossier/core';
import type { CliIo } from '../io.js';
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
  let locale: Locale = resolveLocale(io.env.LC_ALL || io.env.LANG);
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        archive: { type: 'string' },
        out: { type: 'string' },
        kind: { type: 'string', default: 'customer' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.locale) locale = resolveLocale(values.locale);
    if (values.help) {
      io.stdout.write(`${translate(importExportMessages, locale, 'usage.export')}\n`);
      return 0;
    }
    if (values.archive === undefined || values.out === undefined || !(recordKinds as readonly string[]).includes(values.kind!)) {
      throw new ImportExportError(translate(importExportMessages, locale, 'usage.export'));
    }
    const kind = values.kind as RecordKind;
    const archive = await readArchive(resolve(io.cwd, values.archive), locale);
    const records = archive[kind] ?? [];
    const { rows } = exportRecords(kind, records, { locale });
    const out = resolve(io.cwd, values.out);
    if (extname(out).toLowerCase() === '.xlsx') await writeFile(out, await writeXlsx(rows, { sheetName: sheetNames[locale][kind] ?? kind }));
    else await writeFile(out, writeCsv(rows));
    io.stderr.write(`${translate(importExportMessages, locale, 'exported', { count: records.length, file: values.out })}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
