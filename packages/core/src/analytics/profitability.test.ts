import { describe, expect, it } from 'vitest';
import type { TransactionLine } from '../book/columns.js';
import type { InteractionEntry } from './interaction.js';
import { customerProfitability, serviceCostStages, type ServiceCost } from './profitability.js';

const sale = (customerId: string, amount: number, cost?: number): TransactionLine => ({ customerId, date: '2025-03-01', amount, cost });
const book = [sale('c1', 1000, 600), sale('c1', 500, 300), sale('c2', 800, 700)];
const interactions: InteractionEntry[] = [
  { customerId: 'c1', rep: 'wang', date: '2025-02-01', kind: 'visit', cost: 100 }, // pre-sale
  { customerId: 'c1', rep: 'wang', date: '2025-04-01', kind: 'support', cost: 50 }, // after-sale
  { customerId: 'c2', rep: 'wang', date: '2025-02-01', kind: 'gift', cost: 30 }, // pre-sale
  { customerId: 'c3', rep: 'li', date: '2025-02-01', kind: 'visit', cost: 60 }, // a prospect: cost, no sales
];
const costs: ServiceCost[] = [
  { customerId: 'c1', stage: 'logistics', amount: 80 },
  { customerId: 'c1', stage: 'production', amount: 20, date: '2025-02-01' },
  { customerId: 'c2', stage: 'logistics', amount: 40 },
  { customerId: 'c2', stage: 'after-sale', amount: 200, date: '2023-01-01' }, // outside the window
];
// window: 2024-06-01 … 2025-05-31
const window = { asOf: '2025-06-01', windowDays: 365 };

describe('customerProfitability', () => {
  it('computes cost to serve, net contribution and return on customer assets by hand', () => {
    const { rows, total } = customerProfitability(book, { ...window, interactions, costs, customerAssets: { c1: 1000 } });
    // c1: revenue 1500, cost of sales 900, margin 600; stages pre 100, production 20, logistics 80,
    //     after-sale 50 → cost to serve 250; net 350; net margin 350 / 1500; ROCA 350 / 1000 = 0.35
    expect(rows[0]).toEqual({
      customerId: 'c1',
      revenue: 1500,
      costOfSales: 900,
      grossMargin: 600,
      preSaleCost: 100,
      productionCost: 20,
      logisticsCost: 80,
      afterSaleCost: 50,
      costToServe: 250,
      netContribution: 350,
      netMarginRate: 350 / 1500,
      customerAssets: 1000,
      returnOnCustomerAssets: 0.35,
    });
    // c2: margin 100; pre 30 + logistics 40 = 70 (the 2023 after-sale cost is outside) → net 30; 30 / 800
    expect(rows[1]).toMatchObject({ customerId: 'c2', grossMargin: 100, costToServe: 70, netContribution: 30, netMarginRate: 0.0375, customerAssets: null, returnOnCustomerAssets: null });
    // c3: no sales, 60 pre-sale → net −60, the worst customer, last
    expect(rows[2]).toMatchObject({ customerId: 'c3', revenue: 0, grossMargin: 0, costToServe: 60, netContribution: -60, netMarginRate: null });
    // total: revenue 2300, cost of sales 1600, cost to serve 250 + 70 + 60 = 380, net 700 − 380 = 320
    expect(total).toMatchObject({ customerId: '', revenue: 2300, costOfSales: 1600, costToServe: 380, netContribution: 320, customerAssets: null });
  });

  it('lets the caller map interaction kinds to stages', () => {
    const { rows } = customerProfitability(book, { interactions, stageOf: () => 'logistics' });
    // without a window every cost counts: c1 logistics 100 + 50 from interactions
    expect(rows.find((r) => r.customerId === 'c1')).toMatchObject({ logisticsCost: 150, preSaleCost: 0 });
    expect(serviceCostStages).toEqual(['pre-sale', 'production', 'logistics', 'after-sale']);
  });

  it('leaves margins unknown when the book has no cost, and handles an empty book', () => {
    const { rows } = customerProfitability([sale('c1', 100)], { customerAssets: { c1: 50 } });
    expect(rows[0]).toMatchObject({ costOfSales: null, grossMargin: null, netContribution: null, returnOnCustomerAssets: null });
    const empty = customerProfitability([]);
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ revenue: 0, costOfSales: 0, netContribution: 0, netMarginRate: null, customerAssets: null });
  });

  it('gives null return on zero or negative assets', () => {
    const { rows } = customerProfitability(book, { customerAssets: { c1: 0, c2: -5 } });
    expect(rows.map((r) => r.returnOnCustomerAssets)).toEqual([null, null]);
  });
});
