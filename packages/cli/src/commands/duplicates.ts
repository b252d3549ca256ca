import { parseArgs } from 'node:util';
import { describeDuplicateReason, duplicateCandidateOf, translate, writeCsv, type Locale } from '@dossier/core';
import { duplicateScanOf, scanDuplicates, type DuplicateScan } from '@dossier/storage-adapters';
import { openDatabase } from '../database.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import { argsConfig, helpText, invocationLocale } from '../options.js';
import { customerSource, runCustomerCommand } from './customer-source.js';
import { readArchive } from './import-archive.js';

/**
 * `dossier duplicates --archive archive.json` (or `--database-url`): the likely duplicate
 * customers, each pair with its reasons and score — core's `findDuplicates` over an archive file,
 * storage-adapters' `scanDuplicates` (paged) over PostgreSQL.
 *
 * @example
 * const status = await duplicatesCommand(['--archive', 'archive.json', '--format', 'csv'], processIo());
 */
export async function duplicatesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale: Locale = invocationLocale(argv, io.env);
  return runCustomerCommand(io, locale, async () => {
    let values: Record<string, unknown>;
    try {
      values = parseArgs({ args: [...argv], options: argsConfig('duplicates'), strict: true }).values;
    } catch (error) {
      throw new CliError('usage', { detail: (error as Error).message.replace(/\.$/, ''), command: 'duplicates' });
    }
    const option = (name: string) => values[name] as string | undefined;
    if (values.help) return { text: helpText('duplicates', locale) };
    const minScoreText = option('min-score') ?? '0.5';
    if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(minScoreText)) throw new CliError('invalid-option', { option: '--min-score', value: minScoreText, expected: '0 … 1' });
    const minScore = Number(minScoreText);
    const format = option('format') ?? 'text';
    if (format !== 'text' && format !== 'csv') throw new CliError('invalid-option', { option: '--format', value: format, expected: 'text | csv' });
    const source = customerSource(option, io, locale, 'usage.duplicates');
    const scan = 'archive' in source ? await scanArchive(source.archive, minScore, locale) : await scanDatabase(source.databaseUrl, source.schema, minScore, locale, io);
    return { text: format === 'csv' ? duplicatesCsv(scan, locale) : duplicatesText(scan, locale), out: option('out') };
  });
}

async function scanArchive(path: string, minScore: number, locale: Locale): Promise<DuplicateScan> {
  const customers = ((await readArchive(path, locale)).customer ?? []) as ({ id: string } & Record<string, unknown>)[];
  return duplicateScanOf(customers.map(duplicateCandidateOf), { minScore });
}

async function scanDatabase(url: string, schema: string | undefined, minScore: number, locale: Locale, io: CliIo): Promise<DuplicateScan> {
  const db = await openDatabase({ url, schema, locale }, io);
  try {
    const scan = await scanDuplicates(db.store, { minScore }).catch(db.fail);
    db.progress(translate(messages, locale, 'database.listed', { count: scan.scanned, kind: 'customer' }));
    return scan;
  } finally {
    await db.close();
  }
}

const reasonsOf = (scan: DuplicateScan, index: number, locale: Locale) => scan.pairs[index]!.reasons.map((r) => describeDuplicateReason(locale, r));

function duplicatesText(scan: DuplicateScan, locale: Locale): string {
  const t = (key: 'duplicates.none' | 'duplicates.found' | 'duplicates.pair', params: Record<string, string | number>) => translate(messages, locale, key, params);
  if (scan.pairs.length === 0) return `${t('duplicates.none', { scanned: scan.scanned })}\n`;
  const separator = locale === 'zh-CN' ? '；' : '; ';
  const lines = scan.pairs.map((pair, i) =>
    t('duplicates.pair', { a: pair.a, nameA: scan.names.get(pair.a) ?? '', b: pair.b, nameB: scan.names.get(pair.b) ?? '', score: pair.score.toFixed(2), reasons: reasonsOf(scan, i, locale).join(separator) }),
  );
  return `${t('duplicates.found', { count: scan.pairs.length, scanned: scan.scanned })}\n${lines.join('\n')}\n`;
}

function duplicatesCsv(scan: DuplicateScan, locale: Locale): string {
  const rows = scan.pairs.map((pair, i) => [pair.a, pair.b, scan.names.get(pair.a) ?? '', scan.names.get(pair.b) ?? '', pair.score.toFixed(4), reasonsOf(scan, i, locale).join('; ')]);
  return `${writeCsv([['a', 'b', 'name_a', 'name_b', 'score', 'reasons'], ...rows])}\r\n`;
}
