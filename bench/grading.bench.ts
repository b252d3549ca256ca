// Grading benchmark (issue 3): Dossier's ABC + RFM from columns against DuckDB (SQL written
// for the purpose), Arquero and a hand-written typed-array floor, on the same sample books of
// 100k customers / 1M lines and 1M customers / 10M lines; and CSV → grades end to end,
// Dossier's command against DuckDB's read_csv. Every engine runs in its own process (its
// peak memory is its own); all must produce the same grades, or the benchmark fails.
//
//   pnpm bench                     both sizes
//   pnpm bench -- --size 100k      one size (also BENCH_SIZES=100k)
//   BENCH_RUNS=5 pnpm bench        runs per engine (default 5 for 100k, 3 for 1m)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { generateTransactionColumns, transactionCsvChunks } from '@dossier/core/sample';
import { type EngineReport, evaluation, fingerprint, median, sizes, type SizeName } from './grading/shared.js';
import { LoadLog } from './shared/load.ts';

const root = resolve(import.meta.dirname, '..');
const workDir = process.env.BENCH_DIR ?? '/tmp/dossier-bench';
mkdirSync(workDir, { recursive: true });

const argSizes = process.argv.includes('--size') ? [process.argv[process.argv.indexOf('--size') + 1]] : undefined;
const chosen = (argSizes ?? process.env.BENCH_SIZES?.split(',') ?? Object.keys(sizes)) as SizeName[];
for (const s of chosen) if (!(s in sizes)) throw new Error(`unknown size ${s}; sizes: ${Object.keys(sizes).join(', ')}`);

const fromColumns = ['dossier', 'duckdb', 'arquero', 'floor'] as const;
const endToEnd = ['cli', 'duckdb-csv'] as const;

/**
 * The sample book's CSV, written once per book (named by the book's fingerprint, so a changed
 * generator gives a new file). Returns the path and the fingerprint the children must match.
 */
async function bookCsv(size: SizeName): Promise<{ csv: string; print: string }> {
  const { customers, transactions } = sizes[size];
  const started = performance.now();
  const book = generateTransactionColumns({ seed: evaluation.seed, customers, transactions, asOf: evaluation.asOf, days: evaluation.bookDays });
  const print = fingerprint(book);
  const path = join(workDir, `book-${size}-${print}.csv`);
  if (existsSync(path)) return { csv: path, print };
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  for await (const chunk of transactionCsvChunks(book, { linesPerChunk: 50_000 })) {
    if (!file.write(chunk)) await new Promise<void>((r) => file.once('drain', () => r()));
  }
  file.end();
  await finished(file);
  renameSync(partial, path);
  console.log(`  wrote ${path} (${(performance.now() - started) / 1000 | 0} s)`);
  return { csv: path, print };
}

function runChild(engine: string, size: SizeName, csv: string, print: string, runs: number): EngineReport {
  const dump = join(workDir, `grades-${size}-${engine}.txt`);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=20000', '--conditions=@dossier/source', '--import', 'tsx', join(root, 'bench/grading/child.ts'), engine, size, csv, dump, String(runs), print],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0) throw new Error(`${engine} (${size}) failed with status ${child.status}`);
  const line = child.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as EngineReport;
}

interface Mismatch {
  engine: string;
  count: number;
  examples: string[];
}

/** Compares two dumps line by line (the first `fields` fields of each line). */
function compareDumps(reference: string, other: string, fields: number, engine: string): Mismatch | undefined {
  const a = readFileSync(reference, 'utf8').trimEnd().split('\n');
  const b = readFileSync(other, 'utf8').trimEnd().split('\n');
  const key = (line: string) => line.split(',').slice(0, fields).join(',');
  if (a.length !== b.length) return { engine, count: Math.abs(a.length - b.length), examples: [`${a.length} customers vs ${b.length}`] };
  let count = 0;
  const examples: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (key(a[i]!) !== key(b[i]!)) {
      count++;
      if (examples.length < 5) examples.push(`dossier ${a[i]}  vs  ${engine} ${b[i]}`);
    }
  }
  return count === 0 ? undefined : { engine, count, examples };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

const results: Record<string, unknown> = {};
let failed = false;
console.log(`Grading benchmark: ABC by revenue share + RFM, as of ${evaluation.asOf}, window ${evaluation.windowDays} days`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}\n`);

for (const size of chosen) {
  const { customers, transactions } = sizes[size];
  const runs = Number(process.env.BENCH_RUNS ?? (size === '1m' ? 3 : 5));
  console.log(`== ${customers.toLocaleString('en')} customers, ${transactions.toLocaleString('en')} lines (${runs} runs each)`);
  const { csv, print } = await bookCsv(size);
  const reports: Record<string, EngineReport> = {};
  // The load average before and after each engine, kept beside its times (a warning above 1).
  const loads = new LoadLog();
  for (const engine of [...fromColumns, ...endToEnd]) {
    const report = await loads.around(engine, async () => runChild(engine, size, csv, print, runs));
    reports[engine] = report;
    const load = loads.engines[engine]!;
    console.log(
      `  ${engine.padEnd(11)}median ${fmt(median(report.runs)).padStart(8)}  runs ${report.runs.map(fmt).join(', ')}  CPU median ${fmt(median(report.cpuRuns ?? []))}  peak RSS ${report.peakRssMB} MB (data loaded ${report.rssBeforeMB} MB)  load ${load.before} → ${load.after}`,
    );
  }

  // Same grades everywhere: from columns, all fields (abc, vip, r, f, m, segment); end to end, abc and vip.
  const dump = (engine: string) => join(workDir, `grades-${size}-${engine}.txt`);
  const mismatches = [
    ...['duckdb', 'arquero', 'floor'].map((e) => compareDumps(dump('dossier'), dump(e), 7, e)),
    ...endToEnd.map((e) => compareDumps(dump('dossier'), dump(e), 3, e)),
  ].filter((m): m is Mismatch => m !== undefined);
  if (mismatches.length > 0) {
    failed = true;
    for (const m of mismatches) {
      console.error(`  ✗ ${m.engine}: ${m.count} customers graded differently from Dossier, e.g.\n    ${m.examples.join('\n    ')}`);
    }
  } else {
    const compared = readFileSync(dump('dossier'), 'utf8').trimEnd().split('\n').length;
    console.log(`  ✓ all engines produce the same grades for all ${compared.toLocaleString('en')} customers with lines`);
  }

  const med = (engine: string) => median(reports[engine]!.runs);
  const cpuMed = (engine: string) => median(reports[engine]!.cpuRuns ?? []);
  const ratios = {
    'dossier/duckdb': ratio(med('dossier'), med('duckdb')),
    'dossier/arquero': ratio(med('dossier'), med('arquero')),
    'dossier/floor': ratio(med('dossier'), med('floor')),
    'cli/duckdb-csv': ratio(med('cli'), med('duckdb-csv')),
  };
  // The same ratios of CPU time (all threads): DuckDB's second thread counts here, not in wall time.
  const cpuRatios = {
    'dossier/duckdb': ratio(cpuMed('dossier'), cpuMed('duckdb')),
    'dossier/floor': ratio(cpuMed('dossier'), cpuMed('floor')),
    'cli/duckdb-csv': ratio(cpuMed('cli'), cpuMed('duckdb-csv')),
  };
  console.log(
    `  ratios: Dossier/DuckDB ${ratios['dossier/duckdb']}×, Dossier/Arquero ${ratios['dossier/arquero']}×, Dossier/floor ${ratios['dossier/floor']}×; ` +
      `end to end Dossier CLI/DuckDB read_csv ${ratios['cli/duckdb-csv']}×`,
  );
  console.log(`  CPU-time ratios: Dossier/DuckDB ${cpuRatios['dossier/duckdb']}×, Dossier/floor ${cpuRatios['dossier/floor']}×, CLI/DuckDB read_csv ${cpuRatios['cli/duckdb-csv']}×`);
  const phases = reports.dossier?.phases;
  if (phases) console.log(`  Dossier phases: figures ${fmt(phases.figures!)}, ABC ${fmt(phases.abc!)}, RFM ${fmt(phases.rfm!)}`);
  const cliPhases = reports.cli?.phases;
  if (cliPhases) {
    console.log(
      `  CLI phases (one extra run): read CSV ${fmt(cliPhases.readCsv!)}, figures + ABC ${fmt(cliPhases.grade!)}, ` +
        `building the rows with their explanation sentences ${fmt(cliPhases.explanations!)}; the rest of the median run is writing them out`,
    );
  }
  console.log('');
  results[size] = {
    customers,
    transactions,
    runs,
    engines: Object.fromEntries(
      Object.entries(reports).map(([engine, r]) => [
        engine,
        {
          medianMs: Math.round(median(r.runs)),
          runsMs: r.runs.map(Math.round),
          cpuMedianMs: Math.round(median(r.cpuRuns ?? [])),
          cpuRunsMs: (r.cpuRuns ?? []).map(Math.round),
          peakRssMB: r.peakRssMB,
          rssDataLoadedMB: r.rssBeforeMB,
          phasesMs: r.phases,
          loadAverage: loads.engines[engine],
        },
      ]),
    ),
    ratios,
    cpuRatios,
    sameGrades: mismatches.length === 0,
    loaded: loads.loaded,
    mismatches,
  };
}

const out = join(root, 'bench/results/grading.json');
mkdirSync(dirname(out), { recursive: true });
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { sizes?: Record<string, unknown> }) : {};
writeFileSync(
  out,
  `${JSON.stringify(
    {
      benchmark: 'grading: ABC by revenue share (0.80/0.95, VIP 1 %) + RFM (5 bins)',
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
      evaluation,
      engines: {
        dossier: '@dossier/core computeCustomerFigures + gradeAbc + gradeRfm on TransactionColumns',
        duckdb: '@duckdb/node-api 1.5.6-r.1, SQL with window functions, table loaded from the same CSV; CREATE TEMP TABLE of the grades',
        arquero: 'arquero 8.0.3 table on the same typed-array columns: filter, groupby/rollup, join_left, orderby + window functions',
        floor: 'hand-written typed-array loops (one pass, radix sort, histograms), only what ABC + RFM need',
        cli: 'dossier grade (abc-share, explanations) from CSV to an output CSV, in-process run()',
        'duckdb-csv': 'DuckDB read_csv → the same SQL → COPY TO csv',
      },
      // Sizes not run this time keep their previous numbers.
      sizes: { ...(previous.sizes ?? {}), ...results },
    },
    null,
    2,
  )}\n`,
);
console.log(`Results written to ${out}`);
if (failed) {
  console.error('FAILED: engines disagree on grades (see above).');
  process.exit(1);
}
