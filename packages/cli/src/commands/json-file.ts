import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

/**
 * Reads a JSON option file (a policy, a plan, credit splits): a missing file is `file-not-found`,
 * text that is not JSON is `bad-policy` naming the file; a BOM is dropped.
 *
 * @example
 * const json = await readJsonFile('plan.json', io); // unknown: the caller checks its shape
 */
export async function readJsonFile(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new CliError('file-not-found', { file });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError('bad-policy', { file, detail: (error as Error).message });
  }
}
