import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LocalizedError, translate } from '@dossier/core';
import type { Locale } from '@dossier/core';
import { analyzeCommand } from './commands/analyze.js';
import { gradeCommand, gradeSummary } from './commands/grade.js';
import { CliError, exitCodes } from './errors.js';
import type { CliIo } from './io.js';
import { messages } from './messages.js';
import { helpText, invocationLocale, parseInvocation } from './options.js';
import { fileSink, streamSink } from './output/text-sink.js';
import type { TextSink } from './output/text-sink.js';

/**
 * Runs the `dossier` command with its arguments (without the program name) and returns the
 * exit status: 0 done, 2 bad input or usage (a message naming file, line and column on
 * standard error, and `--out` left untouched), 1 an unexpected failure.
 *
 * @example
 * const status = await run(['grade', '--transactions', 'sales.csv', '--as-of', '2025-04-01', '--out', 'grades.csv'], processIo());
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // The commands on a store are loaded when asked for: `grade` and `analyze` on files load
  // neither PostgreSQL's client nor the store adapters (module loading is part of every run).
  if (argv[0] === 'import') return (await import('./commands/import.js')).importCommand(argv.slice(1), io);
  if (argv[0] === 'export') return (await import('./commands/export.js')).exportCommand(argv.slice(1), io);
  if (argv[0] === 'duplicates') return (await import('./commands/duplicates.js')).duplicatesCommand(argv.slice(1), io);
  if (argv[0] === 'funnel') return (await import('./commands/funnel.js')).funnelCommand(argv.slice(1), io);
  if (argv[0] === 'review') return (await import('./commands/review.js')).reviewCommand(argv.slice(1), io);
  let locale: Locale = invocationLocale(argv, io.env);
  let sink: TextSink | undefined;
  try {
    const invocation = parseInvocation(argv, io.env);
    locale = invocation.locale;
    if (invocation.command === 'help') {
      const help = streamSink(io.stdout);
      await help.write(helpText(invocation.topic, locale));
      await help.commit();
      return exitCodes.ok;
    }
    const out = invocation.out === undefined ? undefined : resolve(io.cwd, invocation.out);
    if (out !== undefined) checkOutputDirectory(out, invocation.out!);
    sink = out === undefined ? streamSink(io.stdout) : fileSink(out);
    if (invocation.command === 'grade') {
      const { customers, method } = await gradeCommand(invocation, io, sink);
      await sink.commit();
      sink = undefined;
      if (!invocation.quiet && out !== undefined) {
        io.stderr.write(`${gradeSummary(locale, { customers, method, asOf: invocation.asOf, target: invocation.out! })}\n`);
      }
    } else {
      await analyzeCommand(invocation, io, sink);
      await sink.commit();
      sink = undefined;
    }
    return exitCodes.ok;
  } catch (error) {
    await sink?.abort().catch(() => {});
    const prefix = translate(messages, locale, 'error.prefix');
    // Every translated error (the command's CliError, core's, the store's) says what to fix.
    if (error instanceof LocalizedError) {
      io.stderr.write(`${prefix}${error.messageIn(locale)}\n`);
      return exitCodes.badInput;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`${prefix}${translate(messages, locale, 'error.internal', { detail })}\n`);
    return exitCodes.failure;
  }
}

/** Fails early, before any reading, when `--out` cannot be written where it points. */
function checkOutputDirectory(path: string, given: string): void {
  const directory = dirname(path);
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new CliError('invalid-option', { option: '--out', value: given, expected: 'a file in an existing directory' });
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new CliError('invalid-option', { option: '--out', value: given, expected: 'a file, not a directory' });
  }
}
