// Test helpers: run the command in-process on files in a fresh temporary directory.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Papa from 'papaparse';
import type { CliIo } from '../io.js';
import { run } from '../run.js';

export interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** A fresh directory for one test's files. */
export function workspace(): { dir: string; file(name: string, content: string | Buffer): string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Runs `dossier` with in-memory streams; `cwd` defaults to the workspace. */
export async function dossier(argv: string[], options: { cwd: string; env?: Record<string, string>; tty?: boolean }): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: 80 });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const io: CliIo = { stdout, stderr, env: options.env ?? { LANG: 'en_US.UTF-8' }, cwd: options.cwd };
  const status = await run(argv, io);
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Parses CSV output into objects keyed by the header (for assertions). */
export function parseCsv(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.trim(), { header: true });
  return result.data;
}

/** CSV text as Excel writes it: a UTF-8 byte-order mark and CRLF line ends. */
export function excelCsv(lines: string[]): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
