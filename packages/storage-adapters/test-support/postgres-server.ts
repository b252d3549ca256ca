/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a temporary
 * directory, `pg_ctl start` on a free port bound to 127.0.0.1, and a `stop()` that shuts it
 * down and deletes the directory. Uses Debian's binaries (`/usr/lib/postgresql/<v>/bin`),
 * which `scripts/system-deps.sh` installs. `initdb` refuses to run as root, so when the
 * caller is root both commands run as the `postgres` system user through `su`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running throwaway cluster. */
export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` (trust authentication, no password). */
  readonly url: string;
  readonly port: number;
  /** The cluster's data directory (also holds the Unix socket and `server.log`). */
  readonly dataDir: string;
  /** Stops the server (immediate mode) and removes the data directory. Safe to call twice. */
  stop(): void;
  /** Shuts the server down at once (immediate mode, as a crash would), keeping its data. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port and data. */
  resume(): Promise<void>;
}

/** Where the PostgreSQL server binaries live: `$PG_BIN`, else the newest Debian version. */
export function findPostgresBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL server binaries not found (looked for /usr/lib/postgresql/*/bin/initdb). ' +
        'Install them with `bash scripts/system-deps.sh` (or `apt-get install -y --no-install-recommends postgresql`), ' +
        'set PG_BIN to a directory holding initdb and pg_ctl, ' +
        'or point the tests at an existing server with DOSSIER_TEST_DATABASE_URL=postgres://…',
    );
  }
  return join(root, newest, 'bin');
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Shell-quotes one argument for `su -c`. */
const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/** The command line of a PostgreSQL binary, as the `postgres` user when we are root. */
function commandOf(bin: string, args: string[]): [string, string[]] {
  return isRoot ? ['su', ['postgres', '-s', '/bin/sh', '-c', [bin, ...args].map(quote).join(' ')]] : [bin, args];
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function run(bin: string, args: string[]): void {
  const [file, argv] = commandOf(bin, args);
  execFileSync(file, argv, { stdio: 'pipe' });
}

/** Runs a PostgreSQL binary without blocking the event loop (work in flight goes on meanwhile). */
function runAsync(bin: string, args: string[]): Promise<void> {
  const [file, argv] = commandOf(bin, args);
  return new Promise((resolve, reject) => execFile(file, argv, (error) => (error ? reject(error) : resolve())));
}

function postgresUserIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function describeFailure(step: string, error: unknown, logFile?: string): Error {
  const e = error as { stderr?: Buffer | string; stdout?: Buffer | string; message?: string };
  const output = [e.stderr, e.stdout].map((b) => (b ? b.toString() : '')).join('\n').trim();
  const log = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
  return new Error(`Could not ${step} the throwaway PostgreSQL cluster: ${e.message ?? String(error)}\n${output}\n${log}`.trim());
}

/**
 * Creates and starts a throwaway cluster. Fails loudly (with install instructions) when
 * PostgreSQL is missing.
 *
 * @example
 * const server = await startPostgresServer();
 * try { await useDatabase(server.url); } finally { server.stop(); }
 */
export async function startPostgresServer(options: { port?: number } = {}): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  if (isRoot) {
    const { uid, gid } = postgresUserIds();
    chownSync(dataDir, uid, gid);
  }
  const logFile = join(dataDir, 'server.log');
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    run(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  } catch (error) {
    cleanup();
    throw describeFailure('initialise', error);
  }
  let port = options.port ?? (await freePort());
  for (let attempt = 0; ; attempt++) {
    const settings = [
      `-p ${port}`,
      `-k ${dataDir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    try {
      run(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', settings, '-w', '-t', '60', 'start']);
      break;
    } catch (error) {
      // Another process may have taken the port between freePort() and start: retry once or twice.
      if (attempt < 2 && options.port === undefined) {
        port = await freePort();
        continue;
      }
      cleanup();
      throw describeFailure('start', error, logFile);
    }
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped: nothing to do but remove the directory.
    }
    cleanup();
  };
  // A crashed test run must not leave a server behind.
  process.once('exit', stop);
  const halt = () => runAsync(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
  const settings = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
  const resume = () => runAsync(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', settings, '-w', '-t', '60', 'start']);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop, halt, resume };
}
