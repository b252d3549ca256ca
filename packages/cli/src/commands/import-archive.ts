import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Locale, RecordKind, SheetTable } from '@dossier/core';
import { translate, type Catalog } from '@dossier/core';

/**
 * The archive file the `import` and `export` commands work on: every record by kind, as stored
 * JSON. Written whole to a temporary file and renamed, so a failed import never half-writes it.
 */
export type ArchiveFile = Partial<Record<RecordKind, Record<string, unknown>[]>>;

/** Messages of the import and export commands. */
export const importExportMessages: Catalog<
  'usage.import' | 'usage.export' | 'badArgs' | 'badArchive' | 'summary' | 'exported' | 'noFile' | 'reportWritten' | 'sheetUsed' | 'headerFound'
> = {
  en: {
    'usage.import':
      'Usage: dossier import <file.xlsx|file.csv> --archive <archive.json>|--database-url URL [--kind customer|contact|transaction] [--mapping saved.json] [--save-mapping out.json] [--key path[,path]] [--report issues.csv] [--map COLUMN=FIELD] [--encoding auto|utf-8|gbk|gb18030|utf-16le|utf-16be] [--date-order dmy|mdy] [--now ISO] [--locale en|zh-CN]',
    'usage.export': 'Usage: dossier export --archive <archive.json>|--database-url URL --out <file.xlsx|file.csv> [--kind customer|contact|transaction] [--anonymised [--k 5] [--key-file FILE]] [--locale en|zh-CN]',
    badArgs: '{detail}',
    badArchive: 'The archive {file} is not a Dossier archive file: {detail}.',
    summary: '{file}: {rows} rows, {inserted} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.',
    exported: 'Wrote {count} records to {file}.',
    noFile: 'The file {file} does not exist.',
    reportWritten: 'The problems are listed in {file}.',
    sheetUsed: 'read the worksheet “{sheet}”.',
    headerFound: 'the header is on line {line}; the {count} line(s) above it ({lines}) were skipped as a title.',
  },
  'zh-CN': {
    'usage.import':
      '用法：dossier import <文件.xlsx|文件.csv> --archive <档案.json>|--database-url URL [--kind customer|contact|transaction] [--mapping 映射.json] [--save-mapping 输出.json] [--key 字段[,字段]] [--report 问题.csv] [--map 列=字段] [--encoding auto|utf-8|gbk|gb18030|utf-16le|utf-16be] [--date-order dmy|mdy] [--now ISO时间] [--locale en|zh-CN]',
    'usage.export': '用法：dossier export --archive <档案.json>|--database-url URL --out <文件.xlsx|文件.csv> [--kind customer|contact|transaction] [--anonymised [--k 5] [--key-file 文件]] [--locale en|zh-CN]',
    badArgs: '{detail}',
    badArchive: '{file} 不是 Dossier 档案文件：{detail}。',
    summary: '{file}：共 {rows} 行，新增 {inserted}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。',
    exported: '已将 {count} 条记录写入 {file}。',
    noFile: '文件 {file} 不存在。',
    reportWritten: '问题清单见 {file}。',
    sheetUsed: '读取了工作表“{sheet}”。',
    headerFound: '表头在第 {line} 行；其上方的 {count} 行（{lines}）作为标题已跳过。',
  },
};

/** An error of the import/export commands: its message is already translated. */
export class ImportExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportExportError';
  }
}

/**
 * Reads the archive file (an absent file is an empty archive).
 *
 * @example
 * const archive = await readArchive('/data/archive.json', 'zh-CN');
 */
export async function readArchive(path: string, locale: Locale): Promise<ArchiveFile> {
  if (!existsSync(path)) return {};
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    return data as ArchiveFile;
  } catch (error) {
    throw new ImportExportError(translate(importExportMessages, locale, 'badArchive', { file: path, detail: error instanceof Error ? error.message : String(error) }));
  }
}

/**
 * Writes the archive file atomically (temporary file, then rename).
 *
 * @example
 * await writeArchive('/data/archive.json', archive);
 */
export async function writeArchive(path: string, archive: ArchiveFile): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(archive, null, 1)}\n`);
  await rename(temporary, path);
}

/**
 * What the reader chose that the user should know: the worksheet (when the workbook has it) and
 * the header line when title rows above it were skipped; empty when nothing was skipped.
 *
 * @example
 * sheetNote({ ...table, sheet: '销售明细', headerLine: 3, titleRows: [1, 2] }, 'en')
 * // 'read the worksheet “销售明细”. the header is on line 3; …'
 */
export function sheetNote(table: SheetTable, locale: Locale): string {
  const parts: string[] = [];
  if (table.sheet !== undefined) parts.push(translate(importExportMessages, locale, 'sheetUsed', { sheet: table.sheet }));
  const titles = table.titleRows ?? [];
  if (titles.length > 0) parts.push(translate(importExportMessages, locale, 'headerFound', { line: table.headerLine, count: titles.length, lines: titles.join(', ') }));
  return parts.join(' ');
}
