import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

/**
 * Reads an option file's text (a policy, a plan, a saved mapping): a missing file is
 * `file-not-found`; a BOM is dropped.
 *
 * @example
 * const text = await readOptionFile('mapping.json', io);
 */
export async function readOptionFile(file: string, io: CliIo): Promise<string> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new CliError('file-not-found', { file });
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * Reads a JSON option file (a policy, a plan, credit splits): a missing file is `file-not-found`,
 * text that is not JSON is `bad-policy` naming the file; a BOM is dropped.
 *
 * @example
 * const json = await readJsonFile('plan.json', io); // unknown: the caller checks its shape
 */
export async function readJsonFile(file: string, io: CliIo): Promise<unknown> {
  const text = await readOptionFile(file, io);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError('bad-policy', { file, detail: (error as Error).message });
  }
}
