import { resolve } from 'node:path';
import { createGradingRun, GradingError } from '@dossier/core';
import type { CustomerFigures, GradeOverride, GradingResult, GradingRun, Locale, RunCustomer } from '@dossier/core';
import { columnOverrides } from '../csv/columns.js';
import { readCustomersCsv } from '../csv/read-customers.js';
import { openCsvFile } from '../csv/stream-csv.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { GradeOptions } from '../options.js';
import { readSavedMapping } from './load.js';

/** The overrides of `dossier grade --overrides FILE`, with the line of each for messages. */
export interface OverridesFile {
  readonly file: string;
  readonly overrides: readonly GradeOverride[];
  readonly lineOf: ReadonlyMap<string, number>;
}

// Headers of the reason column besides `reason` (grade and customer id use the shared dictionary).
const reasonHeaders = ['reason', '理由', '原因', '调整理由', '调整原因'];

/**
 * Reads an overrides CSV — `customer_id,grade,reason` (客户编码, 等级, 理由 … read by the
 * shared header dictionary, `--map` and `--mapping`, in any encoding the decoder reads) — one
 * customer per line; a customer given twice is refused naming both lines.
 *
 * @example
 * const { overrides } = await readOverridesFile(options, io); // [{ customerId: 'K2', grade: 'A', reason: '战略客户' }]
 */
export async function readOverridesFile(options: GradeOptions, io: CliIo): Promise<OverridesFile> {
  const file = options.overrides!;
  const mapping = options.mapping === undefined ? undefined : await readSavedMapping(options.mapping, io, options.locale);
  const { stream } = openCsvFile(resolve(io.cwd, file), file);
  const table = await readCustomersCsv(stream, { name: file, encoding: options.encoding, overrides: columnOverrides(options.map, mapping, 'customer') });
  const reasonName = reasonHeaders.find((name) => name in table.attributes);
  const found = Object.keys(table.attributes).join(', ');
  const headerLine = Math.max(1, (table.lines[0] ?? 2) - 1);
  if (!('grade' in table.attributes)) throw new CliError('missing-column', { file, line: headerLine, name: 'grade', found });
  if (reasonName === undefined) throw new CliError('missing-column', { file, line: headerLine, name: 'reason', found });
  const overrides = table.ids.map((customerId, i) => ({ customerId, grade: table.attributes.grade![i] ?? '', reason: table.attributes[reasonName]![i] ?? '' }));
  return { file, overrides, lineOf: new Map(table.ids.map((id, i) => [id, table.lines[i]!])) };
}

/**
 * The run of a grading with the overrides applied (core's `createGradingRun`): a bad override —
 * an unknown customer, a grade the method does not give, no reason — is refused naming the file's
 * line, in the locale.
 *
 * @example
 * const run = runWithOverrides(result, figures, file, { id: 'grading-2026-01', ranBy: 'dossier-cli' }, 'zh-CN');
 */
export function runWithOverrides(
  result: GradingResult,
  figures: CustomerFigures,
  file: OverridesFile | undefined,
  options: { id: string; ranBy: string; ranAt?: string | undefined },
  locale: Locale,
): GradingRun {
  try {
    return createGradingRun(result, figures, { ...options, overrides: file?.overrides ?? [] });
  } catch (error) {
    if (!(error instanceof GradingError) || file === undefined) throw error;
    const line = file.lineOf.get(error.params.value ?? '') ?? 0;
    throw new CliError('bad-override', { file: file.file, line, detail: error.messageIn(locale) });
  }
}

/**
 * The customers of a run whose grade was overridden, by id: what the output writes instead of the
 * computed grade and explanation.
 *
 * @example
 * overriddenCustomers(run).get('K2')?.grade // 'A'
 */
export function overriddenCustomers(run: GradingRun): ReadonlyMap<string, RunCustomer> {
  return new Map(run.customers.filter((c) => c.override !== undefined).map((c) => [c.customerId, c]));
}
