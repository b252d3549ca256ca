import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AnnualPlanOptions } from '@dossier/core';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

/** What `--plan FILE.json` gives `annualPlan` besides the period. */
export type PlanFile = Omit<AnnualPlanOptions, 'period'>;

/**
 * Reads `--plan`: `{ targets: { sales, grossMargin, expenseToSales }, expenses, marketSales }`,
 * every member optional, every value a finite number ≥ 0; anything else is refused naming the
 * file and the member.
 *
 * @example
 * await readPlanFile('plan.json', io) // { targets: { sales: 1200000 }, expenses: 90000 }
 */
export async function readPlanFile(file: string, io: CliIo): Promise<PlanFile> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new CliError('file-not-found', { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError('bad-policy', { file, detail: (error as Error).message });
  }
  const fail = (member: string, value: unknown): never => {
    throw new CliError('bad-policy', { file, detail: `${member} must be a number ≥ 0, not ${JSON.stringify(value)}` });
  };
  const number = (member: string, value: unknown): number | undefined => (value === undefined ? undefined : typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fail(member, value));
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return fail('the plan', json);
  const plan = json as Record<string, unknown>;
  const targets = (plan.targets ?? {}) as Record<string, unknown>;
  if (typeof targets !== 'object' || targets === null || Array.isArray(targets)) return fail('targets', plan.targets);
  return {
    targets: { sales: number('targets.sales', targets.sales), grossMargin: number('targets.grossMargin', targets.grossMargin), expenseToSales: number('targets.expenseToSales', targets.expenseToSales) },
    expenses: number('expenses', plan.expenses),
    marketSales: number('marketSales', plan.marketSales),
  };
}
