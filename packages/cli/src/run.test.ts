import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argsConfig, commands } from './options.js';
import { dossier, excelCsv, workspace } from './testing-fixtures/harness.js';

const asOf = ['--as-of', '2025-04-01'];

describe('bad input: exit 2, a message naming line and column, nothing written to --out', () => {
  const cases: { name: string; lines: string[]; message: RegExp }[] = [
    {
      name: 'a date that is not a calendar date',
      lines: ['customer_id,date,amount', 'K1,2025-01-05,100', 'K2,2025-02-30,300'],
      message: /sales\.csv, line 3, column 2 \(date\): "2025-02-30" is not a calendar date/,
    },
    {
      name: 'an amount that is not a number',
      lines: ['customer_id,amount,date', 'K1,100,2025-01-05', 'K2,12 yuan,2025-01-06'],
      message: /sales\.csv, line 3, column 2 \(amount\): “12 yuan” is not a number/,
    },
    {
      name: 'a missing required column',
      lines: ['customer_id,day,amount', 'K1,2025-01-05,100'],
      message: /sales\.csv, line 1: required column "date" is missing/,
    },
    {
      name: 'an empty required value',
      lines: ['customer_id,date,amount', 'K1,2025-01-05,100', 'K2,,5'],
      message: /sales\.csv, line 3, column 2 \(date\): the value is empty/,
    },
    {
      name: 'an unquoted thousands separator (one field too many)',
      lines: ['customer_id,date,amount', 'K1,2025-01-05,1,000'],
      message: /sales\.csv, line 2: 4 fields, but the header has 3/,
    },
    {
      name: 'a bad optional number',
      lines: ['customer_id,date,amount,cost', 'K1,2025-01-05,100,n/a'],
      message: /line 2, column 4 \(cost\): “n\/a” is not a number/,
    },
    {
      name: 'an amount with a decimal comma (refused, never guessed)',
      lines: ['customer_id,date,amount', 'K1,2025-01-05,100', 'K2,2025-01-06,"1.234,50"'],
      message: /sales\.csv, line 3, column 3 \(amount\): “1\.234,50” can be read two ways/,
    },
    {
      name: 'an amount with more than two decimals',
      lines: ['customer_id,date,amount', 'K1,2025-01-05,0.125'],
      message: /sales\.csv, line 2, column 3 \(amount\): “0\.125” has more than two decimals/,
    },
  ];
  for (const { name, lines, message } of cases) {
    it(name, async () => {
      const ws = workspace();
      ws.file('sales.csv', excelCsv(lines));
      const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--out', 'grades.csv'], { cwd: ws.dir });
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toMatch(message);
      expect(outcome.stdout).toBe('');
      // Neither the output nor a temporary file is left behind.
      expect(readdirSync(ws.dir).sort()).toEqual(['sales.csv']);
    });
  }

  it('counts line breaks inside quoted fields when numbering lines', async () => {
    const ws = workspace();
    ws.file('sales.csv', 'customer_id,date,amount,category\n"K1",2025-01-05,1,"two\nlines"\nK2,2025-01-05,x,c\n');
    const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/line 4, column 3 \(amount\): “x”/);
  });

  it('leaves an existing --out file untouched', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'K1,2025-13-01,1']));
    const previous = ws.file('grades.csv', 'previous run\n');
    const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf, '-o', 'grades.csv'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(readFileSync(previous, 'utf8')).toBe('previous run\n');
    expect(readdirSync(ws.dir).sort()).toEqual(['grades.csv', 'sales.csv']);
  });

  it('names the error in zh-CN when asked (or when LANG is Chinese)', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,abc']));
    const byFlag = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--locale', 'zh-CN'], { cwd: ws.dir });
    const byLang = await dossier(['grade', '-t', 'sales.csv', ...asOf], { cwd: ws.dir, env: { LANG: 'zh_CN.UTF-8' } });
    for (const outcome of [byFlag, byLang]) {
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toContain('sales.csv 第 2 行第 3 列（amount）：“abc”不是数字');
    }
  });

  it('rejects a missing file, a missing option, a bad value and an unknown option with status 2', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,1']));
    const missingFile = await dossier(['grade', '-t', 'nope.csv', ...asOf], { cwd: ws.dir });
    expect(missingFile.stderr).toMatch(/Cannot read nope\.csv/);
    const missingOption = await dossier(['grade', '-t', 'sales.csv'], { cwd: ws.dir });
    expect(missingOption.stderr).toMatch(/Missing --as-of/);
    const badWindow = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--window-days', '-3'], { cwd: ws.dir });
    expect(badWindow.stderr).toMatch(/--window-days/);
    const badMethod = await dossier(['grade', '-t', 'sales.csv', ...asOf, '--method', 'xyz'], { cwd: ws.dir });
    expect(badMethod.stderr).toMatch(/Invalid value for --method: "xyz"/);
    const unknown = await dossier(['grade', '--frobnicate'], { cwd: ws.dir });
    expect(unknown.stderr).toMatch(/frobnicate/);
    const command = await dossier(['grde'], { cwd: ws.dir });
    expect(command.stderr).toMatch(/Unknown command "grde"/);
    for (const outcome of [missingFile, missingOption, badWindow, badMethod, unknown, command]) expect(outcome.status).toBe(2);
  });

  it('rejects an invalid policy file, naming the field', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,1']));
    ws.file('policy.json', JSON.stringify({ method: 'abc-share', cutoffs: [0.95, 0.8] }));
    const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf, '-p', 'policy.json', '-o', 'out.csv'], { cwd: ws.dir });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/policy\.json: .*cutoffs/);
    expect(existsSync(join(ws.dir, 'out.csv'))).toBe(false);
  });
});

describe('help', () => {
  it('documents every option of every command in both locales', async () => {
    const ws = workspace();
    for (const command of commands) {
      for (const locale of ['en', 'zh-CN']) {
        const outcome = await dossier([command, '--help', '--locale', locale], { cwd: ws.dir });
        expect(outcome.status).toBe(0);
        // Every option the command parses is in its help, in both locales, each with its own line.
        for (const option of Object.keys(argsConfig(command))) expect(outcome.stdout, `${command} ${locale}`).toMatch(new RegExp(`--${option}\\b`));
        if (locale === 'zh-CN') expect(outcome.stdout).toContain('选项');
        if (command === 'import' || command === 'export' || command === 'duplicates' || command === 'funnel' || command === 'review') continue;
        for (const option of ['--transactions', '--as-of', '--window-days', '--customers', '--out', '--encoding', '--locale', '--quiet', '--help', '--format']) {
          expect(outcome.stdout).toContain(option);
        }
        if (command === 'grade') for (const option of ['--method', '--policy']) expect(outcome.stdout).toContain(option);
        if (command === 'analyze') expect(outcome.stdout).toContain('--by');
        if (locale === 'zh-CN') expect(outcome.stdout).toContain('选项');
      }
    }
    const main = await dossier([], { cwd: ws.dir });
    expect(main.stdout).toMatch(/dossier grade/);
    expect(main.stdout).toMatch(/dossier analyze/);
  });
});

describe('progress', () => {
  it('draws nothing on standard error when it is not a terminal', async () => {
    const ws = workspace();
    ws.file('sales.csv', excelCsv(['customer_id,date,amount', 'K1,2025-01-05,1']));
    const outcome = await dossier(['grade', '-t', 'sales.csv', ...asOf], { cwd: ws.dir });
    expect(outcome.stderr).toBe('');
  });
});
