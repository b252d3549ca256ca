import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelCsv, workspace } from './testing-fixtures/harness.js';

// The executable itself, as `pnpm dossier` runs it: real process, real exit status.
const main = join(import.meta.dirname, 'main.ts');
// Run from the package directory, where `tsx` resolves; the files are given as absolute paths.
const dossier = (args: string[]) =>
  spawnSync(process.execPath, ['--conditions=@dossier/source', '--import', 'tsx', main, ...args], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });

describe('the dossier executable', () => {
  it('exits 0 and writes the grades; exits 2 on bad input without creating --out', () => {
    const ws = workspace();
    ws.file('good.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,100', 'K2,2025-01-06,50']));
    ws.file('bad.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,100', 'K2,2025-01-32,50']));
    const good = dossier(['grade', '-t', join(ws.dir, 'good.csv'), '--as-of', '2025-04-01']);
    expect(good.status).toBe(0);
    // K1 100 of 150: before 0 → A; K2 before 100/150 = 0.667 < 0.8 → A.
    expect(good.stdout.split('\r\n').slice(1, 3).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['K1,A', 'K2,A']);
    const bad = dossier(['grade', '-t', join(ws.dir, 'bad.csv'), '--as-of', '2025-04-01', '-o', join(ws.dir, 'out.csv')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.csv, line 3, column 2 (date): "2025-01-32"');
    expect(bad.stderr.startsWith('dossier: ')).toBe(true);
    expect(existsSync(join(ws.dir, 'out.csv'))).toBe(false);
  });
});
