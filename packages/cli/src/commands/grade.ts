import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  agreeingDigits,
  compareCodePoints,
  computeCustomerFigures,
  csvRecord,
  explainGrade,
  GradingError,
  gradeCustomers,
  parseGradingPolicy,
  translate,
} from '@dossier/core';
import type { AbcGrading, GradeExplanation, GradingPolicy, GradingResult, Locale, RfmGrading, RunCustomer, ScorecardGrading } from '@dossier/core';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../database.js';
import { messages } from '../messages.js';
import type { MessageKey } from '../messages.js';
import type { GradeOptions } from '../options.js';
import { abcCsvRecords } from '../output/abc-rows.js';
import { abcSentences } from '../output/abc-sentence.js';
import { formatNumber } from '../output/format.js';
import type { TextSink } from '../output/text-sink.js';
import { loadCustomers, loadInputs } from './load.js';
import { overriddenCustomers, readOverridesFile, runWithOverrides, type OverridesFile } from './overrides.js';

/** Header of the CSV output of the ABC methods (the command's contract). */
export const abcColumns = ['customer_id', 'grade', 'revenue', 'rank', 'share_before', 'share_after', 'vip', 'explanation'] as const;
/** Header of the CSV output of `rfm` (the command's contract). */
export const rfmColumns = ['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'] as const;

/**
 * Reads the policy file (when given) and reconciles it with `--method`: the file's method
 * wins when `--method` is absent; both given and different is an error.
 */
export async function resolvePolicy(options: GradeOptions, io: CliIo): Promise<GradingPolicy> {
  let input: Record<string, unknown> = {};
  if (options.policy !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, options.policy), 'utf8');
    } catch {
      throw new CliError('file-not-found', { file: options.policy });
    }
    try {
      const parsed: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      input = parsed as Record<string, unknown>;
    } catch (error) {
      throw new CliError('bad-policy', { file: options.policy, detail: (error as Error).message });
    }
  }
  if (options.method !== undefined && input.method !== undefined && input.method !== options.method) {
    throw new CliError('invalid-option', {
      option: '--method',
      value: options.method,
      expected: `${String(input.method)} (the method of ${options.policy})`,
    });
  }
  input = { ...input, method: input.method ?? options.method ?? 'abc-share' };
  try {
    return parseGradingPolicy(input);
  } catch (error) {
    if (error instanceof GradingError) {
      throw new CliError('bad-policy', { file: options.policy ?? '--method', detail: error.messageIn(options.locale) });
    }
    throw error;
  }
}

/**
 * `dossier grade`: reads the inputs, grades every customer, and writes one row per customer
 * to `sink`. Everything is read and graded before the first byte is written, so bad input
 * never leaves a partial output.
 *
 * @example
 * await gradeCommand(options, io, fileSink('grades.csv'));
 */
export async function gradeCommand(options: GradeOptions, io: CliIo, sink: TextSink): Promise<{ customers: number; method: string }> {
  const policy = await resolvePolicy(options, io);
  const overrides = options.overrides === undefined ? undefined : await readOverridesFile(options, io);
  let result: GradingResult;
  let inForce: ReadonlyMap<string, RunCustomer> = new Map();
  try {
    if (options.transactions === undefined && options.databaseUrl !== undefined) {
      ({ result, inForce } = await gradeInDatabase(options, policy, overrides, io));
    } else {
      // Grading reads no product or category: they are not kept.
      const { columns, attributes } = await loadInputs({ ...options, keepProducts: false }, io);
      const figures = computeCustomerFigures(columns, { asOf: options.asOf, windowDays: options.windowDays });
      result = gradeCustomers(figures, policy, { attributes, locale: options.locale });
      // Overrides are applied as a run applies them (grade in force, reason in the explanation).
      if (overrides !== undefined) inForce = overriddenCustomers(runWithOverrides(result, figures, overrides, { id: 'dossier-grade', ranBy: 'dossier-cli' }, options.locale));
    }
  } catch (error) {
    if (error instanceof GradingError) throw new CliError('grading-failed', { detail: error.messageIn(options.locale) });
    throw error;
  }
  const writer = options.format === 'json' ? jsonWriter(result, sink) : csvWriter(sink);
  await writeRows(result, options.locale, writer, inForce);
  await writer.end();
  return { customers: result.size, method: result.method };
}

/**
 * Grades the book where it lives: the figures are computed inside PostgreSQL (`customerFigures`,
 * one SQL pass over the lines), graded here, and the run (policy, figures and explanation per
 * customer) is stored as a `grading-run` record; progress on standard error.
 */
async function gradeInDatabase(
  options: GradeOptions,
  policy: GradingPolicy,
  overrides: OverridesFile | undefined,
  io: CliIo,
): Promise<{ result: GradingResult; inForce: ReadonlyMap<string, RunCustomer> }> {
  const t = (key: MessageKey, params: Record<string, string | number>) => translate(messages, options.locale, key, params);
  const { customers, attributes } = await loadCustomers(options, io);
  const db = await openDatabase({ url: options.databaseUrl!, schema: options.databaseSchema, locale: options.locale, quiet: options.quiet }, io);
  try {
    db.progress(t('database.figures', { asOf: options.asOf }));
    const figures = await db.store
      .customerFigures({ asOf: options.asOf, windowDays: options.windowDays, ...(customers ? { customerIds: customers.ids } : {}) })
      .catch(db.fail);
    const result = gradeCustomers(figures, policy, { attributes, locale: options.locale });
    db.progress(t('database.graded', { customers: result.size, method: result.method }));
    const ranAt = new Date().toISOString();
    const run = runWithOverrides(result, figures, overrides, { id: `grading-${options.asOf}-${ranAt.replace(/[-:.]/g, '')}`, ranBy: 'dossier-cli', ranAt }, options.locale);
    await db.store.put('grading-run', run).catch(db.fail);
    db.progress(t('database.run-stored', { id: run.id }));
    return { result, inForce: overriddenCustomers(run) };
  } finally {
    await db.close();
  }
}

/** One cell of output (numbers stay numbers for JSON). */
type Cell = string | number | boolean | null;

interface RowWriter {
  /** `digits`: decimals of a number column in CSV (default 6); JSON keeps every number whole. */
  header(columns: readonly string[], digits?: Readonly<Record<string, number>>): Promise<void>;
  /** One row: its cells in the order of the header's columns (the array may be reused by the caller). */
  row(cells: readonly Cell[]): Promise<void>;
  end(): Promise<void>;
  /** CSV only: one row given as its record, as `csvRecord` writes its cells (without line end). */
  record?(text: string): Promise<void>;
}

/** Rows gathered into one text before they go to the sink (one write, one await per block). */
const ROWS_PER_WRITE = 256;

/** CSV rows through core's one neutralising writer (`csvRecord`): ids and explanations never run as formulas. */
function csvWriter(sink: TextSink): RowWriter {
  let options: { number: (value: number, column: number) => string } = { number: (value) => formatNumber(value) };
  let block = '';
  let rows = 0;
  const flush = async () => {
    rows = 0;
    const text = block;
    block = '';
    await sink.write(text);
  };
  return {
    async header(names, digits = {}) {
      const decimals = names.map((name) => digits[name]);
      options = { number: (value, column) => formatNumber(value, decimals[column]) };
      await sink.write(`${csvRecord(names)}\r\n`);
    },
    async row(cells) {
      block += `${csvRecord(cells, options)}\r\n`;
      if (++rows === ROWS_PER_WRITE) await flush();
    },
    async record(text) {
      block += `${text}\r\n`;
      if (++rows === ROWS_PER_WRITE) await flush();
    },
    async end() {
      if (block !== '') await sink.write(block);
      block = '';
    },
  };
}

function jsonWriter(result: GradingResult, sink: TextSink): RowWriter {
  let first = true;
  let columns: readonly string[] = [];
  return {
    async header(names) {
      columns = names;
      const head = { method: result.method, asOf: result.asOf, windowDays: result.windowDays, policy: result.policy };
      await sink.write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "customers": [`);
    },
    async row(cells) {
      const values: Record<string, Cell> = {};
      for (let k = 0; k < columns.length; k++) values[columns[k]!] = cells[k]!;
      await sink.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(values)}`);
      first = false;
    },
    async end() {
      await sink.write(`${first ? '' : '\n  '}]\n}\n`);
    },
  };
}

/** Customer indexes in code-point order of their ids. */
function byCustomerId(ids: readonly string[]): Int32Array {
  const order = Int32Array.from(ids.keys());
  return order.sort((a, b) => compareCodePoints(ids[a]!, ids[b]!));
}

/** Grades overridden by `--overrides`, by customer id: their grade and explanation replace the computed ones. */
type InForce = ReadonlyMap<string, RunCustomer>;

async function writeRows(result: GradingResult, locale: Locale, writer: RowWriter, inForce: InForce): Promise<void> {
  const grade = (i: number) => inForce.get(result.customerIds[i]!)?.grade ?? result.gradeOf(i);
  // ABC sentences are built without Intl per customer (abcSentences), only for the rows written.
  const sentence = result.method === 'abc-share' ? abcSentences(locale) : (e: GradeExplanation) => explainGrade(e, locale);
  const explanation = (i: number) => sentence(inForce.get(result.customerIds[i]!)?.explanation ?? result.explain(i));
  switch (result.method) {
    case 'rfm':
      return writeRfm(result as RfmGrading, writer, grade);
    case 'scorecard':
      return writeScorecard(result as ScorecardGrading, writer, grade, explanation);
    default: {
      // The common rows of a CSV straight from the columns (no cells, no explanation object).
      const records = (digits: number) => {
        const record = writer.record === undefined ? undefined : abcCsvRecords(result as AbcGrading, locale, digits);
        if (record === undefined || inForce.size === 0) return record;
        return (i: number) => (inForce.has(result.customerIds[i]!) ? undefined : record(i));
      };
      return writeAbc(result as AbcGrading, writer, grade, explanation, records);
    }
  }
}

async function writeAbc(
  result: AbcGrading,
  writer: RowWriter,
  grade: (i: number) => string,
  explanation: (i: number) => string,
  records: (digits: number) => ((i: number) => string | undefined) | undefined,
): Promise<void> {
  // Shares with enough decimals to stand on the same side of each cut-off as the grade does:
  // 0.7999996 beside grade A is never written 0.8 (grading.md's rule, as the explanations).
  const shares: number[] = [];
  for (let i = 0; i < result.size; i++) if (result.rank[i]! > 0) shares.push(result.shareBefore[i]!, result.shareAfter[i]!);
  const cutoffs = result.policy.method === 'abc-share' ? result.policy.cutoffs : [];
  const digits = agreeingDigits(shares, cutoffs, 6);
  await writer.header(abcColumns, { share_before: digits, share_after: digits });
  // Ranked customers in rank order, then the unranked (revenue <= 0) by customer id.
  const order = new Int32Array(result.size);
  const unranked: number[] = [];
  for (let i = 0; i < result.size; i++) {
    const rank = result.rank[i]!;
    if (rank > 0) order[rank - 1] = i;
    else unranked.push(i);
  }
  const ids = result.customerIds;
  unranked.sort((a, b) => compareCodePoints(ids[a]!, ids[b]!));
  for (let k = 0; k < unranked.length; k++) order[result.ranked + k] = unranked[k]!;
  // One array reused for every row, in abcColumns' order.
  const cells: Cell[] = new Array<Cell>(abcColumns.length);
  const record = records(digits);
  for (const i of order) {
    const text = record?.(i);
    if (text !== undefined) {
      await writer.record!(text);
      continue;
    }
    const rank = result.rank[i]!;
    const ranked = rank > 0;
    cells[0] = ids[i]!;
    cells[1] = grade(i);
    cells[2] = result.revenue[i]!;
    cells[3] = ranked ? rank : null;
    cells[4] = ranked ? result.shareBefore[i]! : null;
    cells[5] = ranked ? result.shareAfter[i]! : null;
    cells[6] = result.vip[i] === 1;
    cells[7] = explanation(i);
    await writer.row(cells);
  }
}

async function writeRfm(result: RfmGrading, writer: RowWriter, grade: (i: number) => string): Promise<void> {
  await writer.header(rfmColumns);
  const cells: Cell[] = new Array<Cell>(rfmColumns.length);
  for (const i of byCustomerId(result.customerIds)) {
    const active = result.r[i]! > 0;
    cells[0] = result.customerIds[i]!;
    cells[1] = active ? result.recencyDays[i]! : null;
    cells[2] = result.frequency[i]!;
    cells[3] = result.monetary[i]!;
    cells[4] = active ? result.r[i]! : null;
    cells[5] = active ? result.f[i]! : null;
    cells[6] = active ? result.m[i]! : null;
    cells[7] = grade(i);
    await writer.row(cells);
  }
}

async function writeScorecard(result: ScorecardGrading, writer: RowWriter, grade: (i: number) => string, explanation: (i: number) => string): Promise<void> {
  const keys = result.policy.criteria.map((c) => `points_${c.key.replace(/-/g, '_')}`);
  await writer.header(['customer_id', 'grade', 'total', ...keys, 'explanation']);
  for (const i of byCustomerId(result.customerIds)) {
    await writer.row([result.customerIds[i]!, grade(i), result.total[i]!, ...keys.map((_, c) => result.points[c]![i]!), explanation(i)]);
  }
}

/** The one-line summary written to standard error after a successful run. */
export function gradeSummary(locale: Locale, values: { customers: number; method: string; asOf: string; target: string }): string {
  return translate(messages, locale, 'summary.grade', values);
}
