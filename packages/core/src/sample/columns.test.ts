import { describe, expect, it } from 'vitest';
import { dayNumber } from '../book/calendar.js';
import type { TransactionColumns } from '../book/columns.js';
import { sampleCategories } from './catalogue.js';
import { generateTransactionColumns } from './columns.js';
import { SampleError } from './errors.js';
import { customerProfile } from './profiles.js';

const asOf = '2026-01-01';
const asOfDay = dayNumber(asOf) ?? 0;

function revenueByCustomer(book: TransactionColumns): Float64Array {
  const revenue = new Float64Array(book.customerIds.length);
  for (let i = 0; i < book.length; i++) revenue[book.customer[i] ?? 0] = (revenue[book.customer[i] ?? 0] ?? 0) + (book.amount[i] ?? 0);
  return revenue;
}

describe('generateTransactionColumns', () => {
  const book = generateTransactionColumns({ seed: 42, customers: 2000, asOf });

  it('is deterministic: the same seed gives identical columns, another seed different ones', () => {
    const again = generateTransactionColumns({ seed: 42, customers: 2000, asOf });
    expect(again).toEqual(book);
    const other = generateTransactionColumns({ seed: 43, customers: 2000, asOf });
    expect(other.amount).not.toEqual(book.amount);
  });

  it('has exactly the requested number of lines, ten per customer by default', () => {
    expect(book.length).toBe(20_000);
    expect(generateTransactionColumns({ seed: 1, customers: 100, transactions: 777, asOf }).length).toBe(777);
    // Fewer lines than buying customers: still exactly that many.
    expect(generateTransactionColumns({ seed: 1, customers: 100, transactions: 30, asOf }).length).toBe(30);
    expect(book.customerIds).toHaveLength(2000);
    expect(book.customerIds[0]).toBe('C0000001');
  });

  it('dates every line in the year and a half before asOf (asOf excluded)', () => {
    let min = Infinity;
    let max = -Infinity;
    for (const d of book.day) {
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    expect(min).toBeGreaterThanOrEqual(asOfDay - 548);
    expect(max).toBeLessThan(asOfDay);
    // A year and a half of buying: the first and last month both have lines.
    expect(min).toBeLessThan(asOfDay - 548 + 31);
    expect(max).toBeGreaterThan(asOfDay - 31);
  });

  it('concentrates revenue: the top 20 % of customers make 60–90 % of it', () => {
    const revenue = Array.from(revenueByCustomer(book)).sort((a, b) => b - a);
    const total = revenue.reduce((a, b) => a + b, 0);
    const top = revenue.slice(0, 400).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.6);
    expect(top / total).toBeLessThan(0.9);
  });

  it('has about 2.5 % returns: negative amount and quantity, refunded, no cost', () => {
    let returns = 0;
    for (let i = 0; i < book.length; i++) {
      const amount = book.amount[i] ?? 0;
      if (amount < 0) {
        returns++;
        expect(book.quantity?.[i]).toBeLessThan(0);
        expect(book.paid?.[i]).toBe(amount);
        expect(Number.isNaN(book.cost?.[i])).toBe(true);
        expect(book.orderIds?.[book.order?.[i] ?? -1]?.startsWith('RT')).toBe(true);
      }
    }
    expect(returns / book.length).toBeGreaterThan(0.01);
    expect(returns / book.length).toBeLessThan(0.05);
  });

  it('follows the relationship stages of the profiles', () => {
    const first = asOfDay - 548;
    const last = asOfDay - 1;
    const lines = new Int32Array(2000);
    for (const c of book.customer) lines[c] = (lines[c] ?? 0) + 1;
    let prospects = 0;
    let formers = 0;
    for (let c = 0; c < 2000; c++) {
      const profile = customerProfile(42, c, first, last);
      if (profile.stage === 'prospect') {
        prospects++;
        expect(lines[c]).toBe(0);
      } else if (profile.stage !== 'former') {
        expect(lines[c]).toBeGreaterThan(0);
      } else formers++;
    }
    expect(prospects).toBeGreaterThan(0);
    expect(formers).toBeGreaterThan(0);
    for (let i = 0; i < book.length; i++) {
      const profile = customerProfile(42, book.customer[i] ?? 0, first, last);
      const d = book.day[i] ?? 0;
      if (profile.stage === 'former') expect(asOfDay - d).toBeGreaterThan(365);
      if (profile.stage === 'new') expect(d).toBeGreaterThanOrEqual(profile.sinceDay);
    }
  });

  it('groups lines into orders of one customer and one day', () => {
    const owner = new Map<number, string>();
    let multiLine = 0;
    const size = new Map<number, number>();
    for (let i = 0; i < book.length; i++) {
      const order = book.order?.[i] ?? -1;
      expect(order).toBeGreaterThanOrEqual(0);
      const key = `${book.customer[i]}/${book.day[i]}`;
      const seen = owner.get(order);
      if (seen === undefined) owner.set(order, key);
      else expect(seen).toBe(key);
      size.set(order, (size.get(order) ?? 0) + 1);
    }
    for (const n of size.values()) if (n > 1) multiLine++;
    expect(multiLine).toBeGreaterThan(size.size / 4);
    expect(new Set(book.orderIds).size).toBe(book.orderIds?.length);
  });

  it('leaves receivables: recent lines partly unpaid', () => {
    let unpaid = 0;
    for (let i = 0; i < book.length; i++) if ((book.paid?.[i] ?? 0) < (book.amount[i] ?? 0)) unpaid++;
    expect(unpaid).toBeGreaterThan(0);
    expect(unpaid / book.length).toBeLessThan(0.2);
  });

  it('has margins that differ by category: software far above machinery', () => {
    const sums = sampleCategories.map(() => ({ amount: 0, cost: 0 }));
    for (let i = 0; i < book.length; i++) {
      const cost = book.cost?.[i] ?? Number.NaN;
      if (Number.isNaN(cost)) continue;
      const sum = sums[book.category?.[i] ?? 0];
      if (!sum) continue;
      sum.amount += book.amount[i] ?? 0;
      sum.cost += cost;
    }
    const margin = (name: string): number => {
      const sum = sums[sampleCategories.findIndex((c) => c.name === name)];
      return sum ? 1 - sum.cost / sum.amount : Number.NaN;
    };
    // Category margins 0.70 (software) and 0.15 (machinery), less a discount of up to 8 %.
    expect(margin('软件服务')).toBeGreaterThan(0.5);
    expect(margin('工业设备')).toBeLessThan(0.25);
  });

  it('follows the seasons: the Spring Festival week sells far less than a December week', () => {
    // 2025-01-29 is New Year's day: the week 01-29..02-04 against 12-10..12-16 (both Wed..Tue).
    const cny = dayNumber('2025-01-29') ?? 0;
    const december = dayNumber('2025-12-10') ?? 0;
    let cnyLines = 0;
    let decemberLines = 0;
    for (const d of book.day) {
      if (d >= cny && d < cny + 7) cnyLines++;
      if (d >= december && d < december + 7) decemberLines++;
    }
    expect(cnyLines * 3).toBeLessThan(decemberLines);
  });

  it('refuses bad options with a coded, translated error', () => {
    const attempt = (run: () => unknown): SampleError => {
      try {
        run();
      } catch (error) {
        if (error instanceof SampleError) return error;
      }
      throw new Error('expected a SampleError');
    };
    expect(attempt(() => generateTransactionColumns({ seed: 1, customers: 0, asOf })).code).toBe('customers-invalid');
    const badDate = attempt(() => generateTransactionColumns({ seed: 1, customers: 10, asOf: '2026-02-30' }));
    expect(badDate.code).toBe('as-of-invalid');
    expect(badDate.message).toContain('2026-02-30');
    expect(badDate.messageIn('zh-CN')).toContain('日期');
    expect(attempt(() => generateTransactionColumns({ seed: 1, customers: 10, transactions: -1, asOf })).code).toBe('transactions-invalid');
    expect(attempt(() => generateTransactionColumns({ seed: 1, customers: 10, days: 0, asOf })).code).toBe('days-invalid');
  });

  // Manual measurement (no timing assertion): DOSSIER_SAMPLE_BENCH=1 pnpm exec vitest run src/sample/columns.test.ts
  it.runIf(process.env.DOSSIER_SAMPLE_BENCH === '1')('generates 1M customers / 10M lines (timing printed)', () => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const big = generateTransactionColumns({ seed: 1, customers: 1_000_000, transactions: 10_000_000, asOf });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const memory = process.memoryUsage();
    process.stdout.write(
      `1M customers / 10M lines: ${Math.round(ms)} ms wall, ${Math.round(cpuMs)} ms CPU, rss ${Math.round(memory.rss / 1e6)} MB, array buffers ${Math.round(memory.arrayBuffers / 1e6)} MB\n`,
    );
    expect(big.length).toBe(10_000_000);
  }, 120_000);
});
