/** What a viewer may read of one customer's money in a grading run (core's transaction rules). */
export interface MoneyAccess {
  amount: boolean;
  cost: boolean;
  paid: boolean;
  quantity: boolean;
}

// Figures of a run customer and the column rule that decides each.
const figureColumns = { revenue: 'amount', cost: 'cost', paid: 'paid', quantity: 'quantity' } as const;
// Explanation members computed from revenue (its amount, its share, its rank, its score).
const revenueExplained = ['revenue', 'rank', 'shareBefore', 'shareAfter', 'monetary', 'm', 'total'] as const;

type Json = Record<string, unknown>;

/**
 * A grading run as a viewer may see it: the same rule as `customerFigures` and the transaction
 * columns. For each customer whose amounts the viewer may not read, revenue, cost, paid and
 * quantity are NaN (JSON: null), and the explanation loses what is computed from revenue
 * (revenue, rank, shares, monetary value and score, total, each criterion's value and points).
 * Grades, counts, days and the policy stay. The run is not changed.
 *
 * @example
 * redactGradingRun(run, (id) => (owned.has(id) ? own : other))
 */
export function redactGradingRun<T>(run: T, accessOf: (customerId: string) => MoneyAccess): T {
  const customers = (run as Json)['customers'];
  if (!Array.isArray(customers)) return run;
  const copy = structuredClone(run) as Json;
  copy['customers'] = (copy['customers'] as unknown[]).map((entry) => {
    if (entry === null || typeof entry !== 'object') return entry;
    const customer = entry as Json;
    const access = accessOf(String(customer['customerId']));
    const figures = customer['figures'] as Json | undefined;
    if (figures && typeof figures === 'object') for (const [field, column] of Object.entries(figureColumns)) if (!access[column] && field in figures) figures[field] = Number.NaN;
    const explanation = customer['explanation'] as Json | undefined;
    if (!access.amount && explanation && typeof explanation === 'object') {
      for (const field of revenueExplained) delete explanation[field];
      if (Array.isArray(explanation['criteria'])) explanation['criteria'] = (explanation['criteria'] as Json[]).map(({ value: _value, points: _points, ...rest }) => rest);
    }
    return customer;
  });
  return copy as T;
}

/** Whether a viewer reads every amount of every customer (then runs need no redaction). */
export const readsAllMoney = (access: MoneyAccess): boolean => access.amount && access.cost && access.paid && access.quantity;
