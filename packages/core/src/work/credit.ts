import { decimalFraction, shareBelow, toFen } from '../money/fen.js';
import type { Customer } from '../schema/customer.js';
import type { AgendaPolicy } from './policy.js';

/** How much of its credit limit a customer uses: `no-limit`, `ok`, `near` (from the warn share) or `exceeded`. */
export type CreditStatus = 'no-limit' | 'ok' | 'near' | 'exceeded';

/** Credit use of a customer. */
export interface CreditUse {
  readonly limit: number | undefined;
  /** Outstanding receivables, yuan. */
  readonly used: number;
  /** `used / limit` (undefined without a limit, or with a limit of 0). */
  readonly share: number | undefined;
  readonly status: CreditStatus;
}

/**
 * Credit use (信用额度占用): outstanding receivables against the credit limit, compared exactly in
 * fen: `exceeded` when above the limit, `near` from `creditWarnShare` of it (80 % by default).
 *
 * @example
 * creditUse({ limit: 100_000 }, 85_000, { creditWarnShare: 0.8 }).status // 'near'
 */
export function creditUse(credit: Customer['credit'], used: number, policy: Pick<AgendaPolicy, 'creditWarnShare'>): CreditUse {
  const limit = credit.limit;
  if (limit === undefined) return { limit, used, share: undefined, status: 'no-limit' };
  const usedFen = toFen(used);
  const limitFen = toFen(limit);
  const share = limitFen > 0 ? usedFen / limitFen : undefined;
  if (usedFen > limitFen) return { limit, used, share, status: 'exceeded' };
  // `near` when used >= warn × limit, i.e. not (used < warn × limit), exactly.
  const near = limitFen > 0 && !shareBelow(usedFen, limitFen, decimalFraction(policy.creditWarnShare));
  return { limit, used, share, status: near ? 'near' : 'ok' };
}
