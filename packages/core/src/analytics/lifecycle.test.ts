import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import { customerLifecycle } from './lifecycle.js';

const buy = (customerId: string, date: string, amount: number): TransactionLine => ({ customerId, date, amount });

const current = { from: '2025-01-01', to: '2025-07-01' };
const previous = { from: '2024-07-01', to: '2025-01-01' };
const book = [
  buy('a', '2024-08-01', 100), // previous …
  buy('a', '2025-02-01', 100), // … and current → retained
  buy('b', '2024-09-01', 100), // previous only → lost
  buy('c', '2025-03-01', 100), // first purchase ever in current → new
  buy('d', '2023-05-01', 100), // long ago …
  buy('d', '2025-04-01', 100), // … back in current → reactivated
  buy('e', '2024-10-01', 100), // previous …
  buy('e', '2025-02-01', -10), // … only a return in current → lost
  buy('f', '2025-08-01', 100), // after the current period → inactive
  buy('g', '2025-03-01', 0), // a zero line → inactive
];

describe('customerLifecycle', () => {
  it('counts new, retained, reactivated and lost customers by hand', () => {
    const result = customerLifecycle(book, { current, previous });
    // previous active: a, b, e = 3; current active: a, c, d = 3
    // churn = lost / previous active = 2/3; retention = retained / previous active = 1/3
    expect(result).toEqual({
      previousActive: 3,
      currentActive: 3,
      retained: 1,
      new: 1,
      reactivated: 1,
      lost: 2,
      churnRate: 2 / 3,
      retentionRate: 1 / 3,
      newCustomerIds: ['c'],
      lostCustomerIds: ['b', 'e'],
      reactivatedCustomerIds: ['d'],
    });
  });

  it('compares with the equally long period just before by default', () => {
    // current is 181 days (31+28+31+30+31+30); the previous period starts 181 days before
    // 2025-01-01, i.e. 2024-07-04 (28 days left in July + 31 + 30 + 31 + 30 + 31 = 181)
    const result = customerLifecycle([buy('x', '2024-07-04', 5), buy('y', '2024-07-03', 5)], { current });
    expect(result.lostCustomerIds).toEqual(['x']);
    expect(result.previousActive).toBe(1);
  });

  it('gives null rates when nobody bought in the previous period', () => {
    const result = customerLifecycle([], { current, customers: ['z'] });
    expect(result).toMatchObject({ previousActive: 0, currentActive: 0, churnRate: null, retentionRate: null });
  });
});
