import { describe, expect, it } from 'vitest';
import { computeCustomerFigures } from '../grading/figures.js';
import { vocabularyLabel } from '../enums/labels.js';
import { gradeCustomers } from '../grading/grade.js';
import { exportGrading } from './export-rows.js';
import { parseCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';

describe('exportGrading', () => {
  it('writes id, name, grade, grade label and explanation in the locale, neutralising risky names', () => {
    const lines = [
      { customerId: 'C-1', date: '2025-11-01', amount: 9000 },
      { customerId: 'C-2', date: '2025-11-02', amount: 1000 },
    ];
    const result = gradeCustomers(computeCustomerFigures(lines, { asOf: '2026-01-01' }), { method: 'abc-share' });
    const rows = exportGrading(result, { locale: 'zh-CN', names: new Map([['C-1', '=杭州西子']]) });
    expect(rows[0]).toEqual(['客户编号', '客户名称', '等级', '等级名称', '说明']);
    expect(rows).toHaveLength(3);
    const first = rows.find((row) => row[0] === 'C-1')!;
    expect(first[1]).toBe('=杭州西子');
    // The writer, not the row builder, neutralises: the CSV holds the name as text.
    expect(writeCsv(rows)).toContain("'=杭州西子");
    // C-1 holds 9000 of 10000 = 90 % of revenue: whatever its grade, the label is that grade's zh-CN label
    expect(first[3]).toBe(vocabularyLabel('zh-CN', 'abcGrades', first[2] as never));
    expect(String(first[4]).length).toBeGreaterThan(0);
    expect(parseCsv(writeCsv(rows)).rows).toHaveLength(2);
  });
});
