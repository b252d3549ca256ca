import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import type { InteractionEntry } from './interaction.js';
import { salesForceEfficiency } from './sales-force.js';

const line = (customerId: string, date: string, amount: number, cost: number, paid: number, orderId?: string): TransactionLine => ({
  customerId,
  date,
  amount,
  cost,
  paid,
  orderId,
});
const contact = (rep: string, customerId: string, date: string, kind: InteractionEntry['kind'], cost?: number): InteractionEntry => ({
  rep,
  customerId,
  date,
  kind,
  cost,
});

// period: January 2025; previous period (same length): December 2024
const period = { from: '2025-01-01', to: '2025-02-01' };
const repOf = { c1: 'wang', c2: 'wang', c3: 'li', c4: 'li' };
const book = [
  line('c1', '2024-06-01', 100, 50, 100, 'O-old'), // c1 bought long ago → reactivated in January
  line('c1', '2025-01-05', 1000, 600, 1000, 'O1'),
  line('c1', '2025-01-05', 500, 300, 0, 'O1'), // same order
  line('c1', '2025-01-20', 500, 300, 500, 'O2'),
  line('c2', '2025-01-10', 1000, 700, 500), // no order id: an order by itself
  line('c2', '2024-12-10', 300, 200, 300, 'O0'), // c2 retained
  line('c3', '2024-12-15', 800, 500, 800), // c3 bought in December only → lost
  line('c4', '2025-01-25', 2000, 1500, 0, 'O3'), // c4's first purchase → new
  line('c5', '2025-01-12', 100, 50, 100, 'O4'), // c5 has no rep
];
const interactions = [
  contact('wang', 'c1', '2025-01-03', 'visit', 200),
  contact('wang', 'c2', '2025-01-04', 'visit', 100),
  contact('wang', 'c1', '2025-01-06', 'call', 10), // not a visit
  contact('wang', 'c1', '2024-12-30', 'visit', 999), // outside the period
  contact('li', 'c3', '2025-01-07', 'visit', 150),
  contact('li', 'c4', '2025-01-08', 'visit', 50),
  contact('li', 'c3', '2025-01-09', 'visit', 100),
  contact('li', 'c4', '2025-01-10', 'visit'), // no cost recorded
];

describe('salesForceEfficiency', () => {
  const { rows } = salesForceEfficiency(book, {
    period,
    repOf,
    interactions,
    workingDays: { wang: 20, li: 22 },
    targets: { wang: { sales: 4000, grossMargin: 1000 }, li: { sales: 2000 } },
    receivables: { wang: { opening: 5000, collected: 4000 }, li: { opening: 0, collected: 0 } },
    reps: ['zhao'],
  });

  it('computes every indicator of wang by hand', () => {
    // January sales: 1000 + 500 + 500 (c1) + 1000 (c2) = 3000; orders O1, O2 and c2's loose line = 3
    // buying customers c1, c2 = 2; cost 600 + 300 + 300 + 700 = 1900 → margin 1100
    // paid 1000 + 0 + 500 + 500 = 2000 → cash collection 2000 / 3000
    // visits 2 (the call and the December visit do not count), cost 300 → 150 per visit; 3000 / 2 = 1500 per visit
    expect(rows[0]).toEqual({
      rep: 'wang',
      visits: 2,
      workingDays: 20,
      visitsPerDay: 0.1,
      sales: 3000,
      orders: 3,
      averageSalesPerOrder: 1000,
      buyingCustomers: 2,
      averageSalesPerCustomer: 1500,
      cashCollectionRate: 2000 / 3000,
      receivablesCollectionRate: 0.8,
      visitCost: 300,
      costPerVisit: 150,
      salesPerVisit: 1500,
      grossMargin: 1100,
      salesTarget: 4000,
      salesAchievement: 0.75,
      grossMarginTarget: 1000,
      grossMarginAchievement: 1.1,
      newCustomers: 0,
      lostCustomers: 0,
    });
  });

  it('computes li, with a lost and a new customer and no margin target', () => {
    // sales 2000 (c4, one order), paid 0; visits 4 costing 150 + 50 + 100 + 0 = 300
    // c3 lost (December only), c4 new; receivables opening 0 → rate null
    expect(rows[1]).toMatchObject({
      rep: 'li',
      visits: 4,
      visitsPerDay: 4 / 22,
      sales: 2000,
      orders: 1,
      averageSalesPerOrder: 2000,
      buyingCustomers: 1,
      cashCollectionRate: 0,
      receivablesCollectionRate: null,
      costPerVisit: 75,
      salesPerVisit: 500,
      grossMargin: 500,
      salesAchievement: 1,
      grossMarginTarget: null,
      grossMarginAchievement: null,
      newCustomers: 1,
      lostCustomers: 1,
    });
  });

  it('reports customers without a rep and idle reps, rates null instead of dividing by zero', () => {
    // no rep: c5's 100, one order, new customer; working days unknown
    expect(rows[2]).toMatchObject({ rep: null, sales: 100, orders: 1, newCustomers: 1, workingDays: null, visitsPerDay: null });
    expect(rows[3]).toMatchObject({
      rep: 'zhao',
      visits: 0,
      sales: 0,
      visitsPerDay: null,
      averageSalesPerOrder: null,
      averageSalesPerCustomer: null,
      cashCollectionRate: null,
      costPerVisit: null,
      salesPerVisit: null,
      salesAchievement: null,
    });
    expect(rows).toHaveLength(4);
  });

  it('accepts one working-day count for all and leaves cash collection null without a paid column', () => {
    const result = salesForceEfficiency([{ customerId: 'c1', date: '2025-01-02', amount: 10 }], {
      period,
      repOf,
      workingDays: 21,
      interactions: [contact('wang', 'c1', '2025-01-02', 'visit', 5)],
    });
    expect(result.rows).toEqual([expect.objectContaining({ rep: 'wang', visitsPerDay: 1 / 21, cashCollectionRate: null, grossMargin: null })]);
  });
});
