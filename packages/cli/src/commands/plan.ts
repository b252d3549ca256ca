import type { AnnualPlanOptions } from '@dossier/core';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from './json-file.js';

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
  const json = await readJsonFile(file, io);
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
