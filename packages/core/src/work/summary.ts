import { isoDate } from '../book/calendar.js';
import { compareCodePoints } from '../grading/compare.js';
import { fromFen, toFen } from '../money/fen.js';
import { exactSum } from '../money/sum.js';
import type { Contract } from '../schema/contract.js';
import type { Opportunity } from '../schema/opportunity.js';
import type { ServiceCase } from '../schema/service-case.js';
import type { Task } from '../schema/task.js';
import { asOfDay, dayOf, knownAmount, type WorkArchive } from './archive.js';
import { cadenceOf } from './cadence.js';
import { creditUse, type CreditUse } from './credit.js';
import { defaultAgendaPolicy } from './default-policy.js';
import type { AgendaPolicy } from './policy.js';
import { ageingOf, receivableLines, type AgeingRow } from './receivables.js';

/** Revenue of a product (or a category, for lines without a product) in the current period. */
export interface ProductFigure {
  readonly key: string;
  readonly productId: string | undefined;
  readonly name: string | undefined;
  readonly category: string | undefined;
  readonly revenue: number;
  readonly quantity: number;
  readonly lastDate: string;
}

/** The commercial picture of one customer for its card (360° view). */
export interface CustomerSummary {
  readonly customerId: string;
  readonly asOf: string;
  readonly periodDays: number;
  /** Revenue in `[asOf − periodDays, asOf)` and in the period before it; `change` is `current / previous − 1`, undefined without previous revenue. */
  readonly revenue: { readonly current: number; readonly previous: number; readonly change: number | undefined };
  readonly lastPurchase: string | undefined;
  /** Products bought in the current period, by revenue (ties by key). */
  readonly products: readonly ProductFigure[];
  /** Open opportunities by expected close, their budget summed. */
  readonly opportunities: { readonly open: readonly Opportunity[]; readonly amount: number };
  readonly receivables: Omit<AgeingRow, 'key'>;
  readonly credit: CreditUse;
  readonly cadence: { readonly cadenceDays: number; readonly lastFollowUp: string | undefined; readonly nextDue: string; readonly daysUntilDue: number };
  /** Open tasks by due date; the first is the next follow-up. */
  readonly openTasks: readonly Task[];
  /** Open service cases (open or in progress) first, then the others, newest first. */
  readonly serviceCases: readonly ServiceCase[];
  /** Contracts by end date, those still running first. */
  readonly contracts: readonly Contract[];
}

const isOpenCase = (c: ServiceCase) => c.status === 'open' || c.status === 'in-progress';

/**
 * The figures of a customer's card: revenue this period and the previous one with the change,
 * last purchase, products bought, open opportunities, receivables and what is overdue (with the
 * ageing buckets), credit use, the follow-up cadence against policy, open tasks, service cases
 * and contracts. Money is summed exactly in fen. Pure: `asOf` is an argument.
 *
 * @example
 * const summary = customerSummary(archive, 'C0000001', { asOf: '2026-01-01' });
 * summary.revenue.change // 0.25 for 25 % more than the year before
 */
export function customerSummary(
  archive: WorkArchive,
  customerId: string,
  options: { asOf: string; periodDays?: number | undefined; keyAccount?: boolean | undefined; policy?: AgendaPolicy | undefined },
): CustomerSummary | undefined {
  const customer = archive.customers.find((c) => c.id === customerId);
  if (!customer) return undefined;
  const policy = options.policy ?? defaultAgendaPolicy;
  const periodDays = options.periodDays ?? 365;
  const today = asOfDay(options.asOf);
  const own = <T extends { customerId: string }>(list: readonly T[] | undefined) => (list ?? []).filter((r) => r.customerId === customerId);
  const lines = own(archive.transactions);

  const current: number[] = [];
  const previous: number[] = [];
  const products = new Map<string, { productId: string | undefined; name: string | undefined; category: string | undefined; fen: number[]; quantity: number; lastDay: number }>();
  let lastPurchase: number | undefined;
  for (const line of lines) {
    const day = dayOf(line.date);
    if (day === undefined || day >= today || !knownAmount(line)) continue;
    if (line.amount > 0 && (lastPurchase === undefined || day > lastPurchase)) lastPurchase = day;
    if (day >= today - periodDays) {
      current.push(toFen(line.amount));
      const key = line.productId ?? line.category ?? line.productName ?? '';
      const product = products.get(key) ?? { productId: line.productId, name: line.productName, category: line.category, fen: [], quantity: 0, lastDay: day };
      product.fen.push(toFen(line.amount));
      product.quantity += line.quantity ?? 0;
      product.lastDay = Math.max(product.lastDay, day);
      products.set(key, product);
    } else if (day >= today - 2 * periodDays) previous.push(toFen(line.amount));
  }
  const currentFen = exactSum(current);
  const previousFen = exactSum(previous);
  const productFigures = [...products].map(([key, p]) => ({ key, productId: p.productId, name: p.name, category: p.category, fen: exactSum(p.fen), quantity: p.quantity, lastDate: isoDate(p.lastDay) }));
  productFigures.sort((a, b) => (b.fen > a.fen ? 1 : b.fen < a.fen ? -1 : 0) || compareCodePoints(a.key, b.key));

  const open = own(archive.opportunities)
    .filter((o) => o.status === 'open')
    .sort((a, b) => compareCodePoints(a.timeline.expectedCloseOn ?? '9999', b.timeline.expectedCloseOn ?? '9999') || compareCodePoints(a.id, b.id));
  const receivable = receivableLines(customer, lines, options.asOf, policy);
  const ageing = ageingOf(receivable);
  const cadence = cadenceOf(customer, own(archive.interactions), { keyAccount: options.keyAccount ?? customer.funnelStage === 'key-account', today, policy });
  const openTasks = own(archive.tasks)
    .filter((t) => t.status === 'open')
    .sort((a, b) => compareCodePoints(a.dueOn, b.dueOn) || compareCodePoints(a.id, b.id));
  const serviceCases = own(archive.serviceCases).sort(
    (a, b) => Number(isOpenCase(b)) - Number(isOpenCase(a)) || compareCodePoints(b.openedOn, a.openedOn) || compareCodePoints(a.id, b.id),
  );
  const running = (c: Contract) => c.terminatedOn === undefined && (c.endOn === undefined || c.endOn >= options.asOf);
  const contracts = own(archive.contracts).sort(
    (a, b) => Number(running(b)) - Number(running(a)) || compareCodePoints(a.endOn ?? '9999', b.endOn ?? '9999') || compareCodePoints(a.id, b.id),
  );
  return {
    customerId,
    asOf: options.asOf,
    periodDays,
    revenue: {
      current: fromFen(currentFen),
      previous: fromFen(previousFen),
      change: previousFen > 0n ? Number(currentFen - previousFen) / Number(previousFen) : undefined,
    },
    lastPurchase: lastPurchase === undefined ? undefined : isoDate(lastPurchase),
    products: productFigures.map(({ fen, ...rest }) => ({ ...rest, revenue: fromFen(fen) })),
    opportunities: { open, amount: fromFen(exactSum(open.map((o) => toFen(o.budget ?? 0)))) },
    receivables: { ...ageing, lines: receivable },
    credit: creditUse(customer.credit, ageing.outstanding, policy),
    cadence: {
      cadenceDays: cadence.cadenceDays,
      lastFollowUp: cadence.lastDay === undefined ? undefined : isoDate(cadence.lastDay),
      nextDue: isoDate(cadence.dueDay),
      daysUntilDue: cadence.dueDay - today,
    },
    openTasks,
    serviceCases,
    contracts,
  };
}
