import { parseArgs } from 'node:util';
import { describeFunnelReason, leadFunnel, parseFunnelPolicy, translate, vocabularyLabel, type FunnelPolicy, type FunnelReport, type Locale } from '@dossier/core';
import { listEvery, openDatabase } from '../database.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from './json-file.js';
import { messages, type MessageKey } from '../messages.js';
import { argsConfig, helpText, invocationLocale } from '../options.js';
import { formatNumber } from '../output/format.js';
import { customerSource, runCustomerCommand } from './customer-source.js';
import { readArchive } from './import-archive.js';

/**
 * `dossier funnel --archive archive.json [--policy funnel.json]`: the lead funnel of the stored
 * customers (core's `leadFunnel`), as text in the locale or JSON.
 *
 * @example
 * const status = await funnelCommand(['--archive', 'archive.json', '--locale', 'zh-CN'], processIo());
 */
export async function funnelCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale: Locale = invocationLocale(argv, io.env);
  let values: Record<string, unknown> = {};
  const option = (name: string) => values[name] as string | undefined;
  return runCustomerCommand(io, locale, async () => {
    try {
      values = parseArgs({ args: [...argv], options: argsConfig('funnel'), strict: true }).values;
    } catch (error) {
      throw new CliError('usage', { detail: (error as Error).message.replace(/\.$/, ''), command: 'funnel' });
    }
    if (values.help) return { text: helpText('funnel', locale) };
    const format = option('format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError('invalid-option', { option: '--format', value: format, expected: 'text | json' });
    const policy = await readPolicy(option('policy'), io);
    const source = customerSource(option, io, locale, 'usage.funnel');
    let customers: ({ id: string } & Record<string, unknown>)[];
    if ('archive' in source) customers = ((await readArchive(source.archive, locale)).customer ?? []) as typeof customers;
    else {
      const db = await openDatabase({ url: source.databaseUrl, schema: source.schema, locale }, io);
      try {
        customers = (await listEvery(db.store, 'customer').catch(db.fail)) as unknown as typeof customers;
      } finally {
        await db.close();
      }
    }
    const report = leadFunnel(customers, policy);
    return { text: format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : funnelText(report, locale), out: option('out') };
  });
}

async function readPolicy(file: string | undefined, io: CliIo): Promise<FunnelPolicy> {
  if (file === undefined) return parseFunnelPolicy({});
  const json = await readJsonFile(file, io);
  return parseFunnelPolicy(json);
}

/** The report in words: each stage with the leads reaching it and at it by intent, then the leads to review. */
export function funnelText(report: FunnelReport, locale: Locale): string {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(messages, locale, key, params);
  const percent = (value: number | null) => (value === null ? '–' : `${formatNumber(value * 100, 1)} %`);
  const lines = [t('funnel.title', { total: report.total })];
  report.stages.forEach((stage, s) => {
    const share = s === 1 ? t('funnel.share.all', { percent: percent(report.conversion.qualified) }) : s === 2 ? t('funnel.share.qualified', { percent: percent(report.conversion.keyAccount) }) : '';
    lines.push(t('funnel.stage', { label: vocabularyLabel(locale, 'funnelStages', stage.stage), reached: stage.reached, share, at: stage.at, ...stage.byIntent }));
  });
  if (report.differing.length > 0) {
    lines.push(t('funnel.differing', { count: report.differing.length }));
    const separator = locale === 'zh-CN' ? '；' : '; ';
    for (const entry of report.differing) {
      lines.push(
        t('funnel.entry', {
          id: entry.customerId,
          recorded: vocabularyLabel(locale, 'funnelStages', entry.recordedStage!),
          stage: vocabularyLabel(locale, 'funnelStages', entry.stage),
          reasons: entry.reasons.map((r) => describeFunnelReason(locale, r)).join(separator),
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
