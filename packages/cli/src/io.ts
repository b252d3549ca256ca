import type { Writable } from 'node:stream';

/**
 * What the command talks to: the process's streams, environment and working directory in
 * production, in-memory stand-ins in tests.
 */
export interface CliIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean | undefined; columns?: number | undefined };
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths are resolved against this directory. */
  cwd: string;
}

/**
 * The real process's streams, environment and directory.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
