import { parseArgs } from 'node:util';
import { advanceGradingRun, GradingError, gradingRunState, gradingRunStates, translate, type GradingRun, type GradingRunState, type Locale } from '@dossier/core';
import { openDatabase } from '../database.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import { argsConfig, helpText, invocationLocale } from '../options.js';
import { customerSource, runCustomerCommand } from './customer-source.js';

/**
 * `dossier review --database-url URL`: the grading runs stored by `dossier grade` with their state;
 * `dossier review RUN_ID --to reviewed|confirmed --by NAME [--note TEXT]`: moves one run a step
 * through the cycle (core's `advanceGradingRun`), written as a new revision of the run based on
 * the one read (a concurrent change is refused, not overwritten).
 *
 * @example
 * const status = await reviewCommand(['grading-2026-01-01-…', '--to', 'reviewed', '--by', 'finance.zhao', '--database-url', url], processIo());
 */
export async function reviewCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale: Locale = invocationLocale(argv, io.env);
  return runCustomerCommand(io, locale, async () => {
    let values: Record<string, unknown>;
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args: [...argv], options: argsConfig('review'), strict: true, allowPositionals: true }));
    } catch (error) {
      throw new CliError('usage', { detail: (error as Error).message.replace(/\.$/, ''), command: 'review' });
    }
    const option = (name: string) => values[name] as string | undefined;
    if (values.help) return { text: helpText('review', locale) };
    const source = customerSource(option, io, locale, 'usage.review');
    if ('archive' in source) throw new CliError('usage', { detail: translate(messages, locale, 'usage.review'), command: 'review' });
    const runId = positionals[0];
    const to = option('to');
    if (runId !== undefined && (to === undefined || !(gradingRunStates as readonly string[]).includes(to) || to === 'proposed')) {
      throw new CliError('invalid-option', { option: '--to', value: to ?? '', expected: 'reviewed | confirmed' });
    }
    const by = option('by');
    if (runId !== undefined && (by === undefined || by.trim() === '')) throw new CliError('missing-option', { option: '--by', command: 'review' });
    const db = await openDatabase({ url: source.databaseUrl, schema: source.schema, locale }, io);
    try {
      if (runId === undefined) return { text: await listRuns(db.store, locale) };
      const stored = await db.store.get('grading-run', runId).catch(db.fail);
      if (stored === undefined) throw new CliError('invalid-option', { option: 'RUN_ID', value: runId, expected: translate(messages, locale, 'review.no-run') });
      let next: GradingRun;
      try {
        next = advanceGradingRun(stored.value, to as GradingRunState, { by: by!, at: option('at') ?? new Date().toISOString(), note: option('note') });
      } catch (error) {
        if (error instanceof GradingError) throw new CliError('grading-failed', { detail: error.messageIn(locale) });
        throw error;
      }
      const written = await db.store.put('grading-run', next, { baseRev: stored.rev, by: by! }).catch(db.fail);
      if (!written.ok) throw new CliError('grading-failed', { detail: translate(messages, locale, 'review.conflict', { id: runId }) });
      return { text: `${translate(messages, locale, 'review.moved', { id: runId, state: stateLabel(locale, to as GradingRunState), by: by! })}\n` };
    } finally {
      await db.close();
    }
  });
}

const stateLabels: Record<Locale, Record<GradingRunState, string>> = {
  en: { proposed: 'proposed', reviewed: 'reviewed', confirmed: 'confirmed' },
  'zh-CN': { proposed: '已提议', reviewed: '已审核', confirmed: '已确认' },
};

function stateLabel(locale: Locale, state: GradingRunState): string {
  return stateLabels[locale][state];
}

async function listRuns(store: Awaited<ReturnType<typeof openDatabase>>['store'], locale: Locale): Promise<string> {
  const lines: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list('grading-run', { limit: 1000, sort: 'id', ...(cursor ? { cursor } : {}) });
    for (const { value: run } of page.items) {
      const last = run.review?.steps.at(-1);
      lines.push(translate(messages, locale, 'review.run', { id: run.id, asOf: run.asOf, method: run.method, state: stateLabel(locale, gradingRunState(run)), by: last?.by ?? run.ranBy, at: last?.at ?? run.ranAt ?? '' }));
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return `${lines.length === 0 ? translate(messages, locale, 'review.none') : lines.join('\n')}\n`;
}
