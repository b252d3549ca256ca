// One engine of the grading benchmark in its own process (so that its peak memory is its
// own): loads the data, runs the grading several times, dumps the grades for comparison and
// prints one JSON line (EngineReport) on standard output.
//
//   node --import tsx --conditions=@dossier/source bench/grading/child.ts ENGINE SIZE CSV DUMP RUNS
import { createReadStream, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { computeCustomerFigures, dayNumber, defaultPolicy, gradeAbc, gradeRfm } from '@dossier/core';
import { generateTransactionColumns } from '@dossier/core/sample';
// The command as a library, from source (the bench runs under tsx with the `@dossier/source` condition).
import { readTransactionsFile, run } from '../../packages/cli/src/index.js';
import { abcCsvRecords } from '../../packages/cli/src/output/abc-rows.js';
import { arqueroGrades, gradeArquero } from './engines/arquero.js';
import { dossierGrades, gradeDossier } from './engines/dossier.js';
import { gradingSql, openDuckDb, readCsvSql } from './engines/duckdb.js';
import { gradeFloor } from './engines/floor.js';
import { dumpGrades, type EngineReport, evaluation, fingerprint, type Grades, sizes, type SizeName } from './shared.js';

const [engine, sizeName, csvPath, dumpPath, runsText, expectedPrint] = process.argv.slice(2) as [string, SizeName, string, string, string, string | undefined];
const runs = Number(runsText);
const size = sizes[sizeName];
const { asOf, windowDays } = evaluation;
const asOfDay = dayNumber(asOf)!;
const mb = (bytes: number) => Math.round(bytes / 1048576);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** CPU milliseconds of each timed run (all threads), beside the wall times the runs return. */
const cpuRuns: number[] = [];

async function timed(fn: () => unknown | Promise<unknown>): Promise<number> {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuRuns.push((used.user + used.system) / 1000);
  return wall;
}

function generate() {
  const book = generateTransactionColumns({
    seed: evaluation.seed,
    customers: size.customers,
    transactions: size.transactions,
    asOf,
    days: evaluation.bookDays,
  });
  if (expectedPrint !== undefined && fingerprint(book) !== expectedPrint) {
    throw new Error(`the generator made a different book than the parent's (${fingerprint(book)} ≠ ${expectedPrint}): not deterministic, or changed mid-run`);
  }
  return book;
}

async function fromColumns(name: 'dossier' | 'floor' | 'arquero'): Promise<EngineReport> {
  const book = generate();
  gc();
  const rssBeforeMB = mb(process.memoryUsage.rss());
  const times: number[] = [];
  let grades: Grades | undefined;
  for (let k = 0; k < runs; k++) {
    let result: unknown;
    times.push(
      await timed(() => {
        result =
          name === 'dossier'
            ? gradeDossier(book, asOf, windowDays)
            : name === 'floor'
              ? gradeFloor(book, asOfDay, windowDays)
              : gradeArquero(book, asOfDay, windowDays);
      }),
    );
    if (k === runs - 1) {
      grades =
        name === 'dossier'
          ? dossierGrades(result as ReturnType<typeof gradeDossier>)
          : name === 'floor'
            ? (result as Grades)
            : arqueroGrades(result as ReturnType<typeof gradeArquero>);
    }
    result = undefined;
  }
  const peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  const phases = name === 'dossier' ? dossierPhases(book) : undefined;
  const present = new Uint8Array(book.customerIds.length);
  for (let i = 0; i < book.length; i++) present[book.customer[i]!] = 1;
  dumpGrades(grades!, dumpPath, present);
  return { engine: name, size: sizeName, runs: times, rssBeforeMB, peakRssMB, ...(phases ? { phases } : {}) };
}

/** Where Dossier's time goes: figures, ABC, RFM (one extra run). */
function dossierPhases(book: ReturnType<typeof generate>): Record<string, number> {
  gc();
  let t = performance.now();
  const figures = computeCustomerFigures(book, { asOf, windowDays });
  const figuresMs = performance.now() - t;
  t = performance.now();
  gradeAbc(figures, defaultPolicy('abc-share'));
  const abcMs = performance.now() - t;
  t = performance.now();
  gradeRfm(figures, defaultPolicy('rfm'));
  const rfmMs = performance.now() - t;
  return { figures: figuresMs, abc: abcMs, rfm: rfmMs };
}

async function duckdbFromTable(): Promise<EngineReport> {
  const { connection } = await openDuckDb();
  await connection.run(`CREATE TABLE tx AS SELECT customer_id, date, amount, order_id FROM ${readCsvSql(csvPath)}`);
  gc();
  const rssBeforeMB = mb(process.memoryUsage.rss());
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    times.push(await timed(() => connection.run(`CREATE OR REPLACE TEMP TABLE grades AS ${gradingSql('tx', asOf, windowDays)}`)));
  }
  const peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  const reader = await connection.runAndReadAll(
    'SELECT customer_id, grade, vip, coalesce(r, 0), coalesce(f, 0), coalesce(m, 0), segment, revenue FROM grades ORDER BY customer_id',
  );
  const rows = reader.getRows();
  const lines = rows.map((row) => `${row[0]},${row[1]},${row[2] ? 1 : 0},${row[3]},${row[4]},${row[5]},${row[6]},${row[7]}`);
  writeFileSync(dumpPath, `${lines.join('\n')}\n`);
  return { engine: 'duckdb', size: sizeName, runs: times, rssBeforeMB, peakRssMB };
}

/** End to end with the command itself: CSV in, grades CSV (with explanations) out. */
async function cliEndToEnd(): Promise<EngineReport> {
  const out = `${dumpPath}.out.csv`;
  const rssBeforeMB = mb(process.memoryUsage.rss());
  const times: number[] = [];
  const sink = new PassThrough();
  sink.resume();
  const io = { stdout: sink, stderr: Object.assign(new PassThrough().resume(), { isTTY: false }), env: {}, cwd: process.cwd() };
  for (let k = 0; k < runs; k++) {
    times.push(
      await timed(async () => {
        const status = await run(['grade', '--transactions', csvPath, '--as-of', asOf, '--window-days', String(windowDays), '--out', out, '--quiet'], io);
        if (status !== 0) throw new Error(`dossier grade exited with ${status}`);
      }),
    );
  }
  const peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  const phases = await cliPhases();
  await dumpAbcCsv(out);
  rmSync(out, { force: true });
  return { engine: 'cli', size: sizeName, runs: times, rssBeforeMB, peakRssMB, phases };
}

/** Where the command's time goes: reading the CSV, figures + ABC, writing (one extra run). */
async function cliPhases(): Promise<Record<string, number>> {
  gc();
  let t = performance.now();
  const columns = await readTransactionsFile(csvPath, { name: csvPath, keepProducts: false });
  const readMs = performance.now() - t;
  t = performance.now();
  const figures = computeCustomerFigures(columns, { asOf, windowDays });
  const abc = gradeAbc(figures, defaultPolicy('abc-share'));
  const gradeMs = performance.now() - t;
  t = performance.now();
  // The rows as the command builds them (abcCsvRecords: id, figures and the explanation sentence
  // of each customer, straight from the result's columns; 6 share decimals, the CSV default).
  const record = abcCsvRecords(abc, 'en', 6);
  if (record === undefined) throw new Error('abcCsvRecords declined the abc-share result');
  let length = 0;
  for (let i = 0; i < abc.size; i++) length += record(i)?.length ?? 0;
  const explainMs = performance.now() - t;
  return { readCsv: readMs, grade: gradeMs, explanations: explainMs, explanationChars: length };
}

async function duckdbEndToEnd(): Promise<EngineReport> {
  const { connection } = await openDuckDb();
  const out = `${dumpPath}.out.csv`;
  const rssBeforeMB = mb(process.memoryUsage.rss());
  const times: number[] = [];
  const sql = gradingSql(readCsvSql(csvPath), asOf, windowDays);
  for (let k = 0; k < runs; k++) {
    times.push(
      await timed(() =>
        connection.run(
          `COPY (SELECT customer_id, grade, revenue, rank, share_before, share_after, vip FROM (${sql})) TO '${out}' (HEADER, DELIMITER ',')`,
        ),
      ),
    );
  }
  const peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
  await dumpAbcCsv(out);
  rmSync(out, { force: true });
  return { engine: 'duckdb-csv', size: sizeName, runs: times, rssBeforeMB, peakRssMB };
}

/**
 * An ABC output CSV as `id,grade,vip` lines sorted by id. The first seven columns of both
 * outputs are `customer_id,grade,revenue,rank,share_before,share_after,vip` (ids here have no
 * commas; Dossier's quoted explanation comes after), so a plain split is enough.
 */
async function dumpAbcCsv(path: string): Promise<void> {
  const rows: string[] = [];
  let header = true;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (header || line === '') {
      header = false;
      continue;
    }
    const fields = line.split(',', 7);
    rows.push(`${fields[0]},${fields[1]},${fields[6] === 'true' || fields[6] === '1' ? 1 : 0}`);
  }
  rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(dumpPath, `${rows.join('\n')}\n`);
}

const report =
  engine === 'duckdb'
    ? await duckdbFromTable()
    : engine === 'cli'
      ? await cliEndToEnd()
      : engine === 'duckdb-csv'
        ? await duckdbEndToEnd()
        : await fromColumns(engine as 'dossier' | 'floor' | 'arquero');
process.stdout.write(`${JSON.stringify({ ...report, cpuRuns })}\n`);
