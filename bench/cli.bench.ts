// Command-line benchmark (issue 13): `dossier grade` on a book of lines read from a CSV file
// against `dossier grade --database-url` on the same book in PostgreSQL (figures computed in SQL
// by the postgres store's customerFigures), and the `dossier import --database-url` that puts
// the lines there. Both grade runs must write the same grades file. Times go to
// bench/results/cli.json.
//
//   pnpm bench                                   1M lines, 50k customers
//   BENCH_ONLY=cli pnpm bench -- --size small    100k lines, 5k customers
//   BENCH_ONLY=cli pnpm bench -- --size 10m --csv-only   10M lines, 1M customers (generated, about 750 MB of CSV
//                                                in the temporary directory, removed afterwards; not run by
//                                                default: minutes, and the PostgreSQL import takes longer)
// A throwaway PostgreSQL cluster is started unless DOSSIER_BENCH_DATABASE_URL is set.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { isoDate } from '@dossier/core';
import { generateTransactionColumns } from '@dossier/core/sample';
import { run } from '../packages/cli/src/index.ts';
import { startPostgresServer } from '../packages/storage-adapters/test-support/postgres-server.ts';
import { LoadLog } from './shared/load.ts';

const sizes = {
  full: { lines: 1_000_000, customers: 50_000 },
  small: { lines: 100_000, customers: 5_000 },
  '10m': { lines: 10_000_000, customers: 1_000_000 },
} as const;
const sizeName = (process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : process.env.CLI_BENCH_SIZE) ?? 'full';
if (!(sizeName in sizes)) throw new Error(`unknown size ${sizeName}; sizes: ${Object.keys(sizes).join(', ')}`);
const size = sizes[sizeName as keyof typeof sizes];
const asOf = '2026-01-01';
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-bench-'));

async function writeBook(path: string): Promise<void> {
  const book = generateTransactionColumns({ seed: 7, customers: size.customers, transactions: size.lines, asOf });
  const out = createWriteStream(path);
  out.write('customer_id,date,amount\n');
  let chunk = '';
  for (let i = 0; i < book.length; i++) {
    chunk += `${book.customerIds[book.customer[i]!]},${isoDate(book.day[i]!)},${book.amount[i]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

async function timed(argv: string[]): Promise<number> {
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  let errors = '';
  stderr.on('data', (b: Buffer) => (errors += b.toString()));
  const start = performance.now();
  const status = await run(argv, { stdout: new PassThrough(), stderr, env: {}, cwd: dir });
  const ms = performance.now() - start;
  if (status !== 0) throw new Error(`dossier ${argv.join(' ')} exited ${status}: ${errors}`);
  return Math.round(ms) / 1000;
}

const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg()[0] };
// `--csv-only`: only the CSV path (dossier grade -t), no PostgreSQL: for the 10M-line book.
const csvOnly = process.argv.includes('--csv-only');
const loads = new LoadLog();
await writeBook(join(dir, 'book.csv'));
const external = process.env.DOSSIER_BENCH_DATABASE_URL;
const server = external || csvOnly ? undefined : await startPostgresServer();
const url = csvOnly ? undefined : (external ?? server?.url);
try {
  const gradeCsv = await loads.around('grade from CSV', () => timed(['grade', '-t', 'book.csv', '--as-of', asOf, '-q', '-o', 'csv-grades.csv']));
  console.log(`dossier grade -t book.csv (${size.lines} lines): ${gradeCsv} s (load ${JSON.stringify(loads.engines['grade from CSV'])})`);
  let database: { importIntoPostgres: number; gradeInPostgres: number } | undefined;
  let sameGrades: boolean | undefined;
  if (url !== undefined) {
    const db = ['--database-url', url, '--database-schema', `cli_bench_${Date.now().toString(36)}`];
    const importDb = await loads.around('import into PostgreSQL', () => timed(['import', 'book.csv', '--kind', 'transaction', ...db]));
    console.log(`dossier import --database-url: ${importDb} s (load ${JSON.stringify(loads.engines['import into PostgreSQL'])})`);
    const gradeDb = await loads.around('grade in PostgreSQL', () => timed(['grade', '--as-of', asOf, ...db, '-q', '-o', 'db-grades.csv']));
    console.log(`dossier grade --database-url (figures in SQL, run stored): ${gradeDb} s (load ${JSON.stringify(loads.engines['grade in PostgreSQL'])})`);
    database = { importIntoPostgres: importDb, gradeInPostgres: gradeDb };
    sameGrades = readFileSync(join(dir, 'csv-grades.csv'), 'utf8') === readFileSync(join(dir, 'db-grades.csv'), 'utf8');
    console.log(`same grades file: ${sameGrades}`);
    if (!sameGrades) process.exitCode = 1;
  }
  const results = {
    date: new Date().toISOString(),
    size: { name: sizeName, ...size },
    machine: { ...machine, loadAverageAtEnd: loadavg()[0] },
    loadAverage: loads.engines,
    loaded: loads.loaded,
    seconds: { gradeFromCsv: gradeCsv, ...database },
    ...(sameGrades === undefined ? {} : { sameGrades }),
  };
  const out = resolve(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  // The 1M-line run is the table's; other sizes are kept in their own file.
  writeFileSync(join(out, sizeName === 'full' && !csvOnly ? 'cli.json' : `cli-${sizeName}${csvOnly ? '-csv' : ''}.json`), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
