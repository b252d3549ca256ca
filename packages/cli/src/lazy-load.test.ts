import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelCsv, workspace } from './testing-fixtures/harness.js';

// Module loading is part of every run of the command: grading a file must not load PostgreSQL's
// client (pg, a CommonJS module: it shows in require.cache once loaded), which only the commands on
// a database need.
const script = (csv: string) => `
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
const { run } = await import(${JSON.stringify(join(import.meta.dirname, 'run.ts'))});
const require = createRequire(import.meta.url);
const pgLoaded = () => Object.keys(require.cache).some((path) => path.includes('/node_modules/pg/'));
const io = { stdout: new PassThrough().resume(), stderr: Object.assign(new PassThrough().resume(), { isTTY: false }), env: {}, cwd: process.cwd() };
const status = await run(['grade', '-t', ${JSON.stringify(csv)}, '--as-of', '2025-04-01', '-q'], io);
const afterGrade = pgLoaded();
await import('pg');
console.log(JSON.stringify({ status, afterGrade, afterImport: pgLoaded() }));
`;

describe('module loading', () => {
  it('dossier grade on a CSV file loads no PostgreSQL client', () => {
    const ws = workspace();
    const csv = ws.file('book.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,100']));
    const child = spawnSync(process.execPath, ['--conditions=@dossier/source', '--import', 'tsx', '--input-type=module', '-e', script(csv)], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    // afterImport: the check does see pg once it is loaded.
    expect(JSON.parse(child.stdout.trim())).toEqual({ status: 0, afterGrade: false, afterImport: true });
  });
});
