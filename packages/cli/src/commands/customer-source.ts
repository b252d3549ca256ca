import { resolve } from 'node:path';
import { LocalizedError, translate, type Locale } from '@dossier/core';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import type { MessageKey } from '../messages.js';
import { fileSink, streamSink, type TextSink } from '../output/text-sink.js';
import { ImportExportError } from './import-archive.js';

/** Where a command over the stored customers reads them: an archive file, else PostgreSQL. */
export type CustomerSource = { readonly archive: string } | { readonly databaseUrl: string; readonly schema: string | undefined };

/**
 * The source named by `--archive` (wins) or `--database-url` / `DATABASE_URL`; without either the
 * command's usage line is the error.
 *
 * @example
 * const source = customerSource(option, io, 'zh-CN', 'usage.funnel');
 */
export function customerSource(option: (name: string) => string | undefined, io: CliIo, locale: Locale, usage: MessageKey): CustomerSource {
  const archive = option('archive');
  if (archive !== undefined) return { archive: resolve(io.cwd, archive) };
  const databaseUrl = option('database-url') ?? (io.env.DATABASE_URL || undefined);
  if (databaseUrl === undefined) throw new ImportExportError(translate(messages, locale, usage));
  return { databaseUrl, schema: option('database-schema') };
}

/**
 * Runs the body of a command over stored customers: the text it returns goes to its `out` file
 * (atomically) or standard output; a translated error is written on standard error with exit
 * status 2.
 *
 * @example
 * return runCustomerCommand(io, locale, async () => ({ text: reportText, out: option('out') }));
 */
export async function runCustomerCommand(io: CliIo, locale: Locale, body: () => Promise<{ text: string; out?: string | undefined }>): Promise<number> {
  let sink: TextSink | undefined;
  try {
    const { text, out } = await body();
    sink = out === undefined ? streamSink(io.stdout) : fileSink(resolve(io.cwd, out));
    await sink.write(text);
    await sink.commit();
    return 0;
  } catch (error) {
    await sink?.abort().catch(() => {});
    const prefix = translate(messages, locale, 'error.prefix');
    io.stderr.write(`${prefix}${error instanceof LocalizedError || error instanceof CliError ? error.messageIn(locale) : error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
