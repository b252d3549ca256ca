import { computeCustomerFigures, csvRecord, explainGrade, gradeAbc, parseGradingPolicy, TransactionColumnsBuilder } from '@dossier/core';
import type { AbcGrading, AbcPolicy, Locale } from '@dossier/core';
import { generateTransactionColumns } from '@dossier/core/sample';
import { describe, expect, it } from 'vitest';
import { abcCsvRecords } from './abc-rows.js';
import { formatNumber } from './format.js';

const locales: Locale[] = ['en', 'zh-CN'];

/** The record of row i as the command writes it from cells (grade.ts's general path). */
function fromCells(result: AbcGrading, i: number, locale: Locale, digits: number): string {
  const ranked = result.rank[i]! > 0;
  const cells = [
    result.customerIds[i]!,
    result.gradeOf(i),
    result.revenue[i]!,
    ranked ? result.rank[i]! : null,
    ranked ? result.shareBefore[i]! : null,
    ranked ? result.shareAfter[i]! : null,
    result.vip[i] === 1,
    explainGrade(result.explain(i), locale),
  ];
  const decimals = [undefined, undefined, undefined, undefined, digits, digits, undefined, undefined];
  return csvRecord(cells, { number: (value, column) => formatNumber(value, decimals[column]) });
}

/** Rank order, then the unranked: the order the command writes (the cached share texts rely on it). */
function rowOrder(result: AbcGrading): number[] {
  const order = Array.from(result.customerIds.keys());
  return order.sort((a, b) => (result.rank[a]! || Infinity) - (result.rank[b]! || Infinity));
}

describe('abcCsvRecords', () => {
  it('writes the record the cells give for every customer of a sample book, in en and zh-CN, at 6 and 9 share decimals', () => {
    const book = generateTransactionColumns({ seed: 5, customers: 3000, transactions: 30_000, asOf: '2026-01-01' });
    const figures = computeCustomerFigures(book, { asOf: '2026-01-01', windowDays: 365 });
    for (const policy of [parseGradingPolicy({ method: 'abc-share' }), parseGradingPolicy({ method: 'abc-share', cutoffs: [0.7996, 0.95], vipFraction: 0.05 })] as AbcPolicy[]) {
      const result = gradeAbc(figures, policy);
      for (const locale of locales) {
        for (const digits of [6, 9]) {
          const record = abcCsvRecords(result, locale, digits)!;
          let fast = 0;
          for (const i of rowOrder(result)) {
            const text = record(i);
            if (text === undefined) continue;
            fast++;
            expect(text, result.customerIds[i]).toBe(fromCells(result, i, locale, digits));
          }
          // Every customer of this book takes the fast path (plain ids, amounts in whole fen).
          expect(fast).toBe(result.size);
        }
      }
    }
  });

  it('leaves ids that need quoting or neutralising to the cells, and quotes sentences as csvRecord does', () => {
    // Revenues by hand: "=K1" 500 (rank 1), "K,2" 300 (rank 2), K3 200 (rank 3, ahead 0.8 → B), 'K"4' -5,
    // "＠K5" and "'K6" 0 (unranked).
    const builder = new TransactionColumnsBuilder();
    for (const [id, amount] of [['=K1', 500], ['K,2', 300], ['K3', 200], ['K"4', -5], ['＠K5', 0], ["'K6", 0]] as const) builder.add({ customerId: id, date: '2025-06-01', amount });
    const figures = computeCustomerFigures(builder.finish(), { asOf: '2026-01-01', windowDays: 365 });
    const result = gradeAbc(figures, parseGradingPolicy({ method: 'abc-share' }) as AbcPolicy);
    const record = abcCsvRecords(result, 'en', 6)!;
    const at = (id: string) => record(result.indexOf(id));
    expect(at('=K1')).toBeUndefined();
    expect(at('K,2')).toBeUndefined();
    expect(at('K"4')).toBeUndefined();
    expect(at('＠K5')).toBeUndefined();
    // An apostrophe before a harmless character is no formula: written as it is, as csvRecord does.
    expect(at("'K6")).toBe(fromCells(result, result.indexOf("'K6"), 'en', 6));
    expect(at("'K6")?.startsWith("'K6,C,0,,,,false,")).toBe(true);
    expect(at('K3')).toBe(
      'K3,B,200,3,0.8,1,false,"K3 is B: revenue 200, rank 3 of 3; the customers ahead hold 80% of revenue, 100% with this one (A while the share ahead is below 80%, B while below 95%)."',
    );
    // zh-CN writes no ASCII comma in this sentence: not quoted, as csvRecord leaves it.
    expect(abcCsvRecords(result, 'zh-CN', 6)!(result.indexOf('K3'))).toBe(fromCells(result, result.indexOf('K3'), 'zh-CN', 6));
  });

  it('is not offered for adjustment rules or another ABC method', () => {
    const builder = new TransactionColumnsBuilder();
    builder.add({ customerId: 'K1', date: '2025-06-01', amount: 10 });
    const figures = computeCustomerFigures(builder.finish(), { asOf: '2026-01-01', windowDays: 365 });
    const adjusted = parseGradingPolicy({ method: 'abc-share', adjustments: [{ when: { grade: ['A'] }, to: 'B' }] }) as AbcPolicy;
    expect(abcCsvRecords(gradeAbc(figures, adjusted), 'en', 6)).toBeUndefined();
    expect(abcCsvRecords(gradeAbc(figures, parseGradingPolicy({ method: 'abc-count' }) as AbcPolicy), 'en', 6)).toBeUndefined();
  });
});
