import {
  addDays,
  annualPlan,
  composition,
  computeCustomerFigures,
  customerFields,
  customerLifecycle,
  findField,
  gradeCustomers,
  pareto,
  productAnalysis,
  salesForceEfficiency,
  translate,
} from '@dossier/core';
import type { AnnualPlanResult, CompositionResult, LifecycleResult, Locale, ParetoResult, ProductAnalysisResult, SalesForceRow } from '@dossier/core';
import { customerFieldOf } from '../csv/columns.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import type { MessageKey } from '../messages.js';
import type { AnalyzeOptions } from '../options.js';
import type { TextSink } from '../output/text-sink.js';
import { openDatabase } from '../database.js';
import { loadInputs } from './load.js';
import { readCreditSplitsFile } from './credit-splits.js';
import { readPlanFile } from './plan.js';

/** Customer attributes broken down by default when `--by` is not given and the customers file has them. */
export const defaultDimensions = ['region', 'province', 'city', 'nature', 'industry', 'kind', 'stage', 'rep', 'channel', 'source'] as const;

/** An attribute column of the transactions file with more distinct values is not broken down by default. */
export const MAX_GROUPS = 50;

/** Everything `dossier analyze` computes, as written by `--format json`. */
export interface AnalysisReport {
  asOf: string;
  windowDays: number;
  period: { from: string; to: string };
  pareto: ParetoResult;
  compositions: { dimension: string; result: CompositionResult }[];
  products: ProductAnalysisResult | undefined;
  lifecycle: LifecycleResult;
  /** The annual plan analysis of the window (with `--plan`). */
  annualPlan?: AnnualPlanResult | undefined;
  /**
   * The sales-force analysis by rep (with `--credit-splits`): the customers of the file have their
   * sales, cost and paid split between two parties by the file's policy, exactly in fen.
   */
  salesForce?: { splits: number; rows: SalesForceRow[] } | undefined;
}

/**
 * `dossier analyze`: the composition of customers and revenue by ABC grade, by every
 * customer attribute asked for (or found) and by product category; the Pareto curve with
 * the top-20 % share and the Gini coefficient; product figures when lines carry products;
 * the customer lifecycle of the window against the window before.
 *
 * @example
 * await analyzeCommand(options, io, streamSink(process.stdout));
 */
export async function analyzeCommand(options: AnalyzeOptions, io: CliIo, sink: TextSink): Promise<AnalysisReport> {
  // The plan file is read first: a bad one stops before any book is read.
  const plan = options.plan === undefined ? undefined : await readPlanFile(options.plan, io);
  const splits = options.creditSplits === undefined ? undefined : await readCreditSplitsFile(options.creditSplits, io, options.locale);
  const db =
    options.transactions === undefined && options.databaseUrl !== undefined
      ? await openDatabase({ url: options.databaseUrl, schema: options.databaseSchema, locale: options.locale, quiet: options.quiet }, io)
      : undefined;
  const { columns, customers, fileAttributes } = await loadInputs({ ...options, keepAttributes: true }, io, db).finally(() => db?.close());
  const range = { asOf: options.asOf, windowDays: options.windowDays };
  const period = { from: addDays(options.asOf, -options.windowDays), to: options.asOf };

  const figures = computeCustomerFigures(columns, range);
  const abc = gradeCustomers(figures, { method: 'abc-share' });
  const gradeById = new Map<string, string>();
  for (let i = 0; i < abc.size; i++) gradeById.set(abc.customerIds[i]!, abc.gradeOf(i));

  const compositions: AnalysisReport['compositions'] = [{ dimension: 'grade', result: composition(columns, { ...range, by: gradeById }) }];
  const attributeOf = (name: string): Map<string, string | undefined> | undefined => {
    const column = customers?.attributes[name];
    if (column) {
      const byId = new Map<string, string | undefined>();
      customers!.ids.forEach((id, i) => byId.set(id, column[i]));
      return byId;
    }
    return fileAttributes?.get(name);
  };
  const fromFile = [...(fileAttributes?.entries() ?? [])];
  const available = [...new Set([...(customers ? Object.keys(customers.attributes) : []), ...fromFile.map(([name]) => name)])];
  // By default: the usual attributes of the customers file, and every attribute column of the
  // transactions file (地区, 业务员 …) that groups customers: some share a value, at most
  // MAX_GROUPS values (a name or a note per customer is not a grouping).
  const groups = (values: Map<string, string>) => {
    const distinct = new Set(values.values()).size;
    return distinct < values.size && distinct <= MAX_GROUPS;
  };
  const wanted =
    options.by ??
    available.filter(
      (name) =>
        (defaultDimensions as readonly string[]).includes(name) ||
        fromFile.some(([fileName, values]) => fileName === name && groups(values)),
    );
  for (const name of wanted) {
    const byId = attributeOf(name);
    if (!byId) {
      throw new CliError('invalid-option', {
        option: '--by',
        value: name,
        expected: available.length > 0 ? `one of ${available.join(', ')}` : 'a column of --customers or of --transactions',
      });
    }
    compositions.push({ dimension: name, result: composition(columns, { ...range, by: byId }) });
  }
  if (columns.category) compositions.push({ dimension: 'category', result: composition(columns, { ...range, by: 'category' }) });

  let salesForce: AnalysisReport['salesForce'];
  if (splits !== undefined) {
    // Sales are credited to each customer's rep (the rep column of --customers or --transactions).
    const repOf = attributeOf('rep');
    if (!repOf) throw new CliError('invalid-option', { option: '--credit-splits', value: options.creditSplits!, expected: 'a rep column (业务员) in --customers or --transactions' });
    const result = salesForceEfficiency(columns, { period, repOf: (id: string) => repOf.get(id), customers: customers?.ids, creditSplits: splits.customers, creditSplitPolicy: splits.policy });
    salesForce = { splits: splits.customers.size, rows: result.rows };
  }

  const report: AnalysisReport = {
    asOf: options.asOf,
    windowDays: options.windowDays,
    period,
    pareto: pareto(columns, { ...range, maxPoints: 11 }),
    compositions,
    products: columns.product ? productAnalysis(columns, { ...range, by: 'product' }) : undefined,
    lifecycle: customerLifecycle(columns, { current: period }),
    ...(plan === undefined ? {} : { annualPlan: annualPlan(columns, { ...plan, period }) }),
    ...(salesForce === undefined ? {} : { salesForce }),
  };
  await sink.write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportText(report, options.locale));
  return report;
}

/** The report as aligned plain-text tables in the given locale. */
export function reportText(report: AnalysisReport, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(messages, locale, key, params);
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const share = (value: number | null) => (value === null ? '—' : percent.format(value));
  const out: string[] = [];
  const { pareto: p } = report;

  out.push(t('analyze.title', { asOf: report.asOf, windowDays: report.windowDays, from: report.period.from, to: addDays(report.period.to, -1) }));
  out.push('');
  out.push(t('analyze.overview', { customers: count.format(p.customers), positive: count.format(p.positiveCustomers), revenue: money.format(p.netRevenue) }));
  out.push(t('analyze.pareto', { topPercent: Math.round(p.topFraction * 100), topShare: share(p.topShare), gini: p.gini === null ? '—' : p.gini.toFixed(3) }));
  if (p.points.length > 0) {
    out.push(t('analyze.pareto.curve'));
    out.push(`  ${p.points.map((pt) => `${percent.format(pt.customerShare)} → ${percent.format(pt.revenueShare)}`).join(', ')}`);
  }
  const l = report.lifecycle;
  out.push(t('analyze.lifecycle', { new: count.format(l.new), lost: count.format(l.lost), retained: count.format(l.retained), retention: share(l.retentionRate), churn: share(l.churnRate) }));

  for (const { dimension, result } of report.compositions) {
    const label = dimension === 'grade' ? t('analyze.dimension.grade') : dimension === 'category' ? t('analyze.dimension.category') : attributeLabel(dimension, locale);
    out.push('', t('analyze.composition', { dimension: label }));
    out.push(
      table(
        [t('analyze.column.key'), t('analyze.column.customers'), t('analyze.column.customer-share'), t('analyze.column.revenue'), t('analyze.column.revenue-share')],
        result.rows.map((row) => [row.key ?? t('analyze.none'), count.format(row.customers), share(row.customerShare), money.format(row.revenue), share(row.revenueShare)]),
      ),
    );
  }
  if (report.annualPlan) out.push('', ...planText(report.annualPlan, report.period, t, money, share));
  if (report.salesForce) {
    const amount = (value: number | null) => (value === null ? '—' : money.format(value));
    out.push('', t('analyze.sales-force', { splits: count.format(report.salesForce.splits) }));
    out.push(
      table(
        [t('analyze.sales-force.rep'), t('analyze.column.revenue'), t('analyze.sales-force.margin'), t('analyze.sales-force.orders'), t('analyze.sales-force.buying'), t('analyze.sales-force.new'), t('analyze.sales-force.lost')],
        report.salesForce.rows.map((row) => [
          row.rep ?? t('analyze.none'),
          money.format(row.sales),
          amount(row.grossMargin),
          count.format(row.orders),
          count.format(row.buyingCustomers),
          count.format(row.newCustomers),
          count.format(row.lostCustomers),
        ]),
      ),
    );
  }
  if (report.products) {
    out.push('', t('analyze.products'));
    out.push(
      table(
        [t('analyze.dimension.product'), t('analyze.column.revenue'), t('analyze.column.revenue-share'), t('analyze.column.gross-margin-rate')],
        report.products.rows.slice(0, 20).map((row) => [row.key ?? t('analyze.none'), money.format(row.sales), share(row.salesShare), share(row.grossMarginRate)]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

/** The annual plan section: sales, margin and expenses against targets, market share, the months. */
function planText(
  plan: AnnualPlanResult,
  period: { from: string; to: string },
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  money: Intl.NumberFormat,
  share: (value: number | null) => string,
): string[] {
  const amount = (value: number | null) => (value === null ? '—' : money.format(value));
  return [
    t('analyze.plan', { from: period.from, to: addDays(period.to, -1) }),
    t('analyze.plan.sales', { sales: amount(plan.sales), target: amount(plan.salesTarget), achievement: share(plan.salesAchievement), variance: amount(plan.salesVariance) }),
    t('analyze.plan.margin', { margin: amount(plan.grossMargin), target: amount(plan.grossMarginTarget), achievement: share(plan.grossMarginAchievement) }),
    t('analyze.plan.expenses', { expenses: amount(plan.expenses), ratio: share(plan.expenseToSales), target: share(plan.expenseToSalesTarget) }),
    t('analyze.plan.market', { share: share(plan.marketShare), market: amount(plan.marketSales) }),
    table(
      [t('analyze.plan.month'), t('analyze.column.revenue'), t('analyze.plan.cumulative'), t('analyze.plan.cumulative-target')],
      plan.months.map((m) => [m.month, money.format(m.sales), money.format(m.cumulativeSales), amount(m.cumulativeTarget)]),
    ),
  ];
}

/** A plain-text table: first column left-aligned, the others right-aligned (East Asian characters count double). */
function table(head: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const pad = (s: string, c: number) => {
    const gap = ' '.repeat(widths[c]! - width(s));
    return c === 0 ? s + gap : gap + s;
  };
  return all.map((r) => `  ${r.map(pad).join('  ')}`).join('\n');
}

/**
 * A customer attribute as the person reads it: the label of core's field for the columns the
 * command knows (`region` → 销售区域 / territory), else the column's own name (a header of the
 * user's file, already in their words).
 */
function attributeLabel(column: string, locale: Locale): string {
  const field = customerFieldOf(column);
  const label = field === undefined ? undefined : findField(customerFields, field)?.label[locale];
  if (label === undefined) return column;
  return locale === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
